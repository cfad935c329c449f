import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import {
  county,
  db,
  regions,
  township,
  village,
  villagesUnder,
  withAssessHarness,
} from '../assessments-test-kit';
import { addReserveCadre, checklistOf, plain, putEntry } from './checklist-test-kit';
import { beijingYear } from './policy';

withAssessHarness();

const year = beijingYear();

/** Ticks the first `n` hand-filled items of a village as the county. */
const tick = async (code: string, n: number) => {
  const list = await checklistOf(county, code);
  for (const e of list.entries.filter((x) => !x.fromRecords).slice(0, n))
    await ok(putEntry(county, code, e.itemId, { year, done: true }));
};

/** Per village done ÷ active items and per township the mean, counted in plain SQL. */
const plainRates = async () => {
  const rows = await plain<{ village: string; township: string; done: number; total: number }>(
    `with active as (select id from checklist_items where region_code = $1 and active)
     select r.code as village, rpad(left(r.code, 9), 12, '0') as township,
       (select count(*)::int from checklist_entries e join active a on a.id = e.item_id
         where e.region_code = r.code and e.year = $2 and e.done) as done,
       (select count(*)::int from active) as total
     from regions r where r.level = 'village' and r.code like $3 order by r.code`,
    [regions.county, year, `${regions.county.slice(0, 6)}%`],
  );
  const townships = new Map<string, { rates: number[]; allDone: number }>();
  for (const r of rows) {
    const t = townships.get(r.township) ?? { rates: [], allDone: 0 };
    t.rates.push(r.done / r.total);
    if (r.done === r.total) t.allDone++;
    townships.set(r.township, t);
  }
  return { rows, townships };
};

describe('十有五化 completion rates', () => {
  it('equal a plain SQL count per village and township', async () => {
    const own = await villagesUnder(regions.ownTownship.code);
    const others = await villagesUnder(regions.otherTownship.code);
    await tick(own[0].code, 13);
    await tick(own[1].code, 5);
    await tick(others[0].code, 2);
    // The first village's record-answered items: two reserve cadres and no overdue event…
    await addReserveCadre(own[0].code);
    await addReserveCadre(own[0].code);
    // …and the two the economy records answer: 80,000 元 of operating income and a led project.
    await db().execute(
      sql`insert into economy_accounts (id, region_code, year, operating_fen, total_fen) values (${randomUUID()}, ${own[0].code}, ${year}, 8000000, 8000000)`,
    );
    await db().execute(
      sql`insert into economy_projects (id, region_code, year, kind, title, leader_level, leader_name, commitment, status) values (${randomUUID()}, ${own[0].code}, ${year}, 'led', '村集体光伏项目', 'village', '书记', '年底前并网发电', 'committed')`,
    );
    await ok(county.post('/api/assess/checklist/refresh', { year }));
    const summary = await ok(county.get(`/api/assess/checklist/summary?year=${year}`));
    const { rows, townships } = await plainRates();
    expect(summary.activeItems).toBe(15);
    expect(summary.villages.map((v: { regionCode: string; done: number }) => [v.regionCode, v.done])).toEqual(
      rows.map((r) => [r.village, r.done]),
    );
    const first = summary.villages.find((v: { regionCode: string }) => v.regionCode === own[0].code);
    expect(first).toMatchObject({ done: 15, total: 15, rate: 100, allDone: true });
    for (const t of summary.townships) {
      const expected = townships.get(t.regionCode);
      expect(expected, t.regionCode).toBeDefined();
      const mean = expected!.rates.reduce((a, b) => a + b, 0) / expected!.rates.length;
      expect(t.meanRate).toBe(Math.round(mean * 1000) / 10);
      expect(t.allDone).toBe(expected!.allDone);
      expect(t.villages).toBe(expected!.rates.length);
    }
    expect(
      summary.townships.find((t: { regionCode: string }) => t.regionCode === regions.ownTownship.code)
        .allDone,
    ).toBe(1);
  });

  it('lists a township’s villages, limited to the caller’s scope', async () => {
    const own = await villagesUnder(regions.ownTownship.code);
    const mine = await ok(township.get(`/api/assess/checklist/summary?year=${year}`));
    expect(mine.townships.map((t: { regionCode: string }) => t.regionCode)).toEqual([
      regions.ownTownship.code,
    ]);
    expect(mine.villages.map((v: { regionCode: string }) => v.regionCode)).toEqual(own.map((v) => v.code));
    const drilled = await ok(
      county.get(`/api/assess/checklist/summary?year=${year}&township=${regions.ownTownship.code}`),
    );
    expect(drilled.villages).toEqual(mine.villages);
    const outside = await township.get(
      `/api/assess/checklist/summary?township=${regions.otherTownship.code}`,
    );
    expect(outside.statusCode).toBe(422);
    expect(outside.body).not.toContain(regions.otherTownship.name);
  });

  it('counts record-answered items by their answer when last read, refreshed on demand', async () => {
    const own = await villagesUnder(regions.ownTownship.code);
    await addReserveCadre(own[1].code);
    await addReserveCadre(own[1].code);
    const before = await ok(county.get(`/api/assess/checklist/summary?year=${year}`));
    const doneBefore = before.villages.find((v: { regionCode: string }) => v.regionCode === own[1].code).done;
    const refreshed = await ok(township.post('/api/assess/checklist/refresh', { year }));
    expect(refreshed.villages).toBe(own.length);
    const after = await ok(county.get(`/api/assess/checklist/summary?year=${year}`));
    expect(after.villages.find((v: { regionCode: string }) => v.regionCode === own[1].code).done).toBe(
      doneBefore + 1,
    );
    expect((await village.post('/api/assess/checklist/refresh', { year })).statusCode).toBe(403);
    expect((await county.post('/api/assess/checklist/refresh', { year: year - 1 })).statusCode).toBe(409);
  });

  it('exports the summary as Excel, audited', async () => {
    const res = await county.get(`/api/assess/checklist/summary/export?year=${year}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const [audit] = await plain<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'assessments.checklist.export'`,
    );
    expect(audit.n).toBe(1);
  });
});
