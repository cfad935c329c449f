import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { csvLine } from './csv';

let h: TestHarness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('the COPY bulk path', () => {
  it('copies CSV lines with NULLs, empty strings, quotes, commas, newlines and Chinese intact', async () => {
    const database = h.services.database;
    await database.rawQuery('create table copy_probe (n int, a text, b text)');
    const rows: [number, string | null, string | null][] = [
      [1, '韦秀兰', null],
      [2, '', '那坡屯,3号'],
      [3, '他说"好"', '第一行\n第二行'],
    ];
    async function* chunks() {
      for (const r of rows) yield csvLine(r);
    }
    const bytes = await database.copyCsv('copy_probe', ['n', 'a', 'b'], chunks());
    expect(bytes).toBe(Buffer.byteLength(rows.map(csvLine).join('')));
    const back = await database.rawQuery<{ n: number; a: string | null; b: string | null }>(
      'select n, a, b from copy_probe order by n',
    );
    expect(back.map((r) => [r.n, r.a, r.b])).toEqual(rows);
  });

  it('copies many rows in several pieces', async () => {
    const database = h.services.database;
    await database.rawQuery('create table copy_many (n int, t text)');
    const filler = 'x'.repeat(200);
    async function* chunks() {
      for (let i = 0; i < 50; i++) {
        let chunk = '';
        for (let j = 0; j < 1000; j++) chunk += csvLine([i * 1000 + j, filler]);
        yield chunk;
      }
    }
    await database.copyCsv('copy_many', ['n', 't'], chunks());
    const [stats] = await database.rawQuery<{ count: number; sum: string }>(
      'select count(*)::int as count, sum(n)::text as sum from copy_many',
    );
    expect(stats).toEqual({ count: 50_000, sum: String((49_999 * 50_000) / 2) });
  });
});
