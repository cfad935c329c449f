import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../../testing/excel';
import { ok } from '../../../../testing/ok';
import {
  county,
  insertAccount,
  type LineFixture,
  regions,
  township,
  village,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';

// 季度报表: generated from the lines; its totals equal the sums of the lines up to the quarter.

withEconomyHarness();

type Row = {
  regionCode: string;
  operatingFen: number;
  totalFen: number;
  bySource: Record<string, number>;
  bandCode: string | null;
  tierCounts: Record<string, number> | null;
  lastYearOperatingFen: number;
  growthPercent: number | null;
  villages: number;
};

const lines: Record<string, LineFixture[]> = {};
const sumUpTo = (quarter: number, pick: (l: LineFixture) => boolean) =>
  Object.values(lines)
    .flat()
    .filter((l) => (l.quarter ?? 4) <= quarter && pick(l))
    .reduce((a, l) => a + l.amountFen, 0);

describe('the quarterly return', () => {
  it('sums each village’s lines up to the end of the quarter, by source, with tier and growth', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).slice(0, 3);
    for (const [i, v] of villages.entries()) {
      lines[v.code] = [
        { code: 'I1', quarter: 1, amountFen: 3_000_000 * (i + 1) },
        { code: 'I3', quarter: 2, amountFen: 500_000 },
        { code: 'I4', quarter: 2, amountFen: 100_000 },
        { code: 'I1', quarter: 3, amountFen: 9_000_000 },
      ];
      await insertAccount(v.code, 2025, lines[v.code]);
    }
    await insertAccount(villages[0].code, 2024, [{ code: 'I1', quarter: 2, amountFen: 2_000_000 }]);
    const report = await ok(township.get('/api/economy/quarterly-return?year=2025&quarter=2'));
    expect(report).toMatchObject({ rowLevel: 'village', regionCode: regions.ownTownship.code, quarter: 2 });
    expect(report.total.totalFen).toBe(sumUpTo(2, () => true));
    expect(report.total.operatingFen).toBe(sumUpTo(2, (l) => ['I1', 'I2', 'I3'].includes(l.code)));
    expect(report.total.bySource.I4).toBe(300_000);
    const first = report.rows.find((r: Row) => r.regionCode === villages[0].code) as Row;
    expect(first).toMatchObject({ operatingFen: 3_500_000, totalFen: 3_600_000, bandCode: 'T1' });
    expect(first).toMatchObject({ lastYearOperatingFen: 2_000_000, growthPercent: 75 });
    const rowSum = report.rows.reduce((a: number, r: Row) => a + r.totalFen, 0);
    expect(rowSum).toBe(report.total.totalFen);
    const allYear = await ok(township.get('/api/economy/quarterly-return?year=2025&quarter=4'));
    expect(allYear.total.totalFen).toBe(sumUpTo(4, () => true));
  });

  it('gives the county one row per township with its villages per tier', async () => {
    const report = await ok(county.get('/api/economy/quarterly-return?year=2025&quarter=4'));
    expect(report.rowLevel).toBe('township');
    const own = report.rows.find((r: Row) => r.regionCode === regions.ownTownship.code) as Row;
    expect(own.totalFen).toBe(sumUpTo(4, () => true));
    const tiers = own.tierCounts as Record<string, number>;
    expect(Object.values(tiers).reduce((a, n) => a + n, 0)).toBe(own.villages);
    expect(tiers.T3 + tiers.T4).toBe(3);
    expect(report.total.totalFen).toBe(own.totalFen);
  });

  it('downloads the same return as .xlsx, and refuses a region outside the caller’s scope', async () => {
    const res = await township.get('/api/economy/quarterly-return.xlsx?year=2025&quarter=2');
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '季度报表');
    expect(rows[0][0]).toContain('2025年第2季度');
    const total = rows.at(-1) as string[];
    expect(total[1]).toBe('合计');
    expect(Number(total[10])).toBe(sumUpTo(2, () => true) / 100);
    const far = await village.get(
      `/api/economy/quarterly-return?year=2025&quarter=1&regionCode=${regions.otherVillage.code}`,
    );
    expect(far.statusCode).toBe(404);
  });
});
