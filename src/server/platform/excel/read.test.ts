import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheet } from './read';
import type { ImportSheetSpec } from './spec';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const spec: ImportSheetSpec = {
  name: '农户人员',
  instructions: [],
  columns: [
    { key: 'name', header: '姓名', required: true },
    { key: 'village', header: '所属村' },
  ],
};

describe('streaming read', () => {
  it('keeps Chinese text whole across the reader chunk boundaries of a large sheet', async () => {
    // exceljs decoded each compressed chunk on its own, so a character split between two chunks
    // came out as U+FFFD about once every few thousand rows (fixed by patches/exceljs+4.4.0.patch).
    const file = path.join(dir, 'large.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = workbook.addWorksheet('农户人员');
    sheet.addRow(['姓名*', '所属村']).commit();
    const expected: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const name = `韦秀兰${'壮族劳动力'.slice(0, 1 + (i % 5))}${i}`;
      expected.push(name);
      sheet.addRow([name, '平马镇/广场社区']).commit();
    }
    sheet.commit();
    await workbook.commit();
    let i = 0;
    for await (const row of readSheet(file, spec)) {
      expect(row.cells).toEqual({ name: expected[i], village: '平马镇/广场社区' });
      i++;
    }
    expect(i).toBe(expected.length);
  });
});
