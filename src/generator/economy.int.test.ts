import { beforeAll, describe, expect, it } from 'vitest';
import type { EconomySummary, EconomyTrend } from '../contracts/api/economy-views';
import { county, h, regions, withEconomyHarness } from '../server/modules/economy/economy-test-kit';
import { ok } from '../testing/ok';
import { type EconomyResult, generateEconomy } from './economy';

// The economy generator on 田东 (173 villages): 2020 comes back through /api/economy/summary in
// the shape of seed T, and the summary's counts and totals equal sums taken straight from the
// generated income lines (not from the accounts' stored sums).

withEconomyHarness();

const YEAR = 2026;
let result: EconomyResult;
const plain = <T>(text: string, params: unknown[] = []) => h.services.database.rawQuery<T>(text, params);

beforeAll(async () => {
  result = await generateEconomy(h.services.database, {
    countyCode: '451022',
    seed: 7,
    years: 5,
    year: YEAR,
    seedShape: 'tiandong',
  });
}, 120_000);

describe('economy generator', () => {
  it('writes every village’s accounts from 2020 to this year', () => {
    expect(result.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(result.shaped).toBe(167);
    expect(result.accounts).toBe(result.villages * 7 - (result.villages - 167));
    expect(result.plans).toBeGreaterThan(0);
    expect(result.pairings).toBeGreaterThan(0);
    expect(result.projects).toBeGreaterThan(0);
  });

  it('gives 2020 the shape of seed T through the summary', async () => {
    const s: EconomySummary = await ok(
      county.get(`/api/economy/summary?year=2020&regionCode=${regions.county}`),
    );
    expect(s.current.withAccount).toBe(167);
    expect(s.current.basisFen).toBe(19_254_700 * 100);
    const atLeast = Object.fromEntries(s.current.atLeast.map((a) => [a.code, a.villages]));
    expect([atLeast.T2, atLeast.T3, atLeast.T4, atLeast.T5]).toEqual([167, 68, 22, 3]);
    // The county's other villages have no account of 2020 and count as 0 (空壳).
    expect(s.current.villages - s.current.withAccount).toBe(result.villages - 167);
  });

  it('sums in the summary equal the income lines, per township too', async () => {
    const s: EconomySummary = await ok(county.get(`/api/economy/summary?year=${YEAR}`));
    const lines = await plain<{ township: string; operating: number; total: number; villages: number }>(
      `select rpad(left(region_code, 9), 12, '0') as township,
         sum(amount_fen) filter (where code in ('I1', 'I2', 'I3'))::float8 as operating,
         sum(amount_fen)::float8 as total, count(distinct region_code)::int as villages
       from economy_income_lines where year = $1 and region_code like '451022%' group by 1 order by 1`,
      [YEAR],
    );
    expect(s.current.operatingFen).toBe(lines.reduce((x, l) => x + Number(l.operating), 0));
    expect(s.current.totalFen).toBe(lines.reduce((x, l) => x + Number(l.total), 0));
    for (const l of lines) {
      const child = s.children.find((c) => c.regionCode === l.township);
      expect([child?.year.operatingFen, child?.year.totalFen, child?.year.withAccount]).toEqual([
        Number(l.operating),
        Number(l.total),
        l.villages,
      ]);
    }
    const [weak] = await plain<{ n: number }>(
      `select count(*)::int as n from economy_accounts where year = $1 and region_code like '451022%' and operating_fen < 5000000`,
      [YEAR],
    );
    expect(
      s.current.counts.filter((c) => c.code === 'T0' || c.code === 'T1').reduce((x, c) => x + c.villages, 0),
    ).toBe(weak.n);
  });

  it('books contracting income by the 2024 rule', async () => {
    const rows = await plain<{ year: number; i2: number; tagged: number }>(
      `select year, count(*) filter (where code = 'I2')::int as i2, count(*) filter (where contracting)::int as tagged
       from economy_income_lines group by year order by year`,
    );
    for (const r of rows) {
      if (r.year >= 2024) expect([r.year, r.i2, r.tagged > 0]).toEqual([r.year, 0, true]);
      else expect([r.year, r.i2 > 0, r.tagged]).toEqual([r.year, true, 0]);
    }
    const t: EconomyTrend = await ok(county.get(`/api/economy/trend?from=2022&to=${YEAR}`));
    expect(t.years.every((y) => y.contractingFen > 0)).toBe(true);
  });

  it('refuses a county that already has accounts', async () => {
    await expect(generateEconomy(h.services.database, { countyCode: '451022', seed: 7 })).rejects.toThrow(
      /已有/,
    );
  });
});
