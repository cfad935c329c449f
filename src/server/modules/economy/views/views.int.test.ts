import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
  EconomyDrill,
  EconomySummary,
  EconomyTrend,
  EconomyVillage,
} from '../../../../contracts/api/economy-views';
import { ctxOf, makeUser } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { regions as regionsTable } from '../../regions/tables';
import { DEFAULT_BANDS, DEFAULT_TARGET } from '../defaults';
import {
  county,
  db,
  h,
  insertAccount,
  otherTownship,
  regions,
  township,
  village,
  withEconomyHarness,
} from '../economy-test-kit';
import { targetProgress } from '../tiers';
import { operatingIncomeFigure, totalIncomeFigure, weakVillagesFigure } from './figures';
import { economySummary } from './summary';
import { plain, plainGroups, plainIncomes, writeCountyAccounts, YEAR } from './views-test-kit';

withEconomyHarness();

const sumOf = (rows: { villages: number; accounts: number; operating: number; total: number }[]) => ({
  villages: rows.reduce((s, r) => s + r.villages, 0),
  accounts: rows.reduce((s, r) => s + r.accounts, 0),
  operating: rows.reduce((s, r) => s + Number(r.operating), 0),
  total: rows.reduce((s, r) => s + Number(r.total), 0),
});

describe('economy summary', () => {
  it('counts and sums the county’s villages as the records do, each township too', async () => {
    await writeCountyAccounts(regions.county);
    const s: EconomySummary = await ok(
      county.get(`/api/economy/summary?year=${YEAR}&regionCode=${regions.county}`),
    );
    const groups = await plainGroups(regions.county, YEAR, 9);
    const all = sumOf(groups);
    expect(s.current.villages).toBe(all.villages);
    expect(s.current.withAccount).toBe(all.accounts);
    expect(s.current.operatingFen).toBe(all.operating);
    expect(s.current.basisFen).toBe(all.operating);
    expect(s.current.totalFen).toBe(all.total);
    for (const band of DEFAULT_BANDS)
      expect(s.current.counts.find((c) => c.code === band.code)?.villages, band.code).toBe(
        sumOf(groups.filter((g) => g.band === band.code)).villages,
      );
    expect(s.childLevel).toBe('township');
    const townships = [...new Set(groups.map((g) => g.grp))].sort();
    expect(s.children.map((c) => c.regionCode)).toEqual(townships);
    for (const child of s.children) {
      const own = sumOf(groups.filter((g) => g.grp === child.regionCode));
      expect([child.year.villages, child.year.withAccount, child.year.operatingFen]).toEqual([
        own.villages,
        own.accounts,
        own.operating,
      ]);
    }
    const before = sumOf(await plainGroups(regions.county, YEAR - 1, 9));
    expect(s.previous.operatingFen).toBe(before.operating);
    expect(s.growthPercent).toBe(
      Math.round(((all.operating - before.operating) / before.operating) * 1000) / 10,
    );
  });

  it('counts villages without an account as 0 and names them', async () => {
    const s: EconomySummary = await ok(
      county.get(`/api/economy/summary?year=${YEAR}&regionCode=${regions.county}`),
    );
    const [missing] = await plain<{ n: number }>(
      `select count(*)::int as n from regions r where r.level = 'village' and r.code like $1
       and not exists (select 1 from economy_accounts a where a.region_code = r.code and a.year = $2)`,
      [`${regions.county.slice(0, 6)}%`, YEAR],
    );
    expect(missing.n).toBeGreaterThan(0);
    expect(s.current.villages - s.current.withAccount).toBe(missing.n);
    expect(s.withoutAccount.length).toBe(Math.min(100, missing.n));
    const drill: EconomyDrill = await ok(
      county.get(
        `/api/economy/drill?year=${YEAR}&regionCode=${regions.county}&withoutAccount=true&pageSize=5`,
      ),
    );
    expect(drill.total).toBe(missing.n);
    expect(drill.sums.basisFen).toBe(0);
    expect(drill.items.every((r) => r.accountId === null && r.band === 'T0')).toBe(true);
  });

  it('measures the county’s target as tiers.ts does over every village', async () => {
    const s: EconomySummary = await ok(county.get(`/api/economy/summary?year=${YEAR}`));
    expect(s.regionCode).toBe(regions.county);
    const expected = targetProgress(await plainIncomes(regions.county, YEAR), DEFAULT_TARGET);
    expect(s.targets).toHaveLength(1);
    const t = s.targets[0];
    expect([t.villages, t.belowEvery, t.atShare, t.atSharePercent, t.shareMissing, t.met]).toEqual([
      expected.villages,
      expected.belowEvery,
      expected.atShare,
      expected.sharePercent,
      expected.shareMissing,
      expected.met,
    ]);
  });

  it('breaks a prefecture into its counties with the default bands', async () => {
    const [row] = await db().select().from(regionsTable).where(eq(regionsTable.code, regions.county));
    const user = await makeUser(h.services, { role: 'region_admin', regionCode: row.parentCode! });
    const s = await economySummary(ctxOf(h.services, user), { year: YEAR, regionCode: row.parentCode! });
    expect(s.childLevel).toBe('county');
    expect(s.countyCode).toBeNull();
    const own = s.children.find((c) => c.regionCode === regions.county);
    const groups = sumOf(await plainGroups(regions.county, YEAR, 9));
    expect(own?.year.operatingFen).toBe(groups.operating);
    expect(own?.year.villages).toBe(groups.villages);
  });
});

describe('economy drill-down', () => {
  it('lists the villages behind every band and "at least" figure, adding up to them', async () => {
    const s: EconomySummary = await ok(county.get(`/api/economy/summary?year=${YEAR}`));
    for (const c of s.current.counts) {
      const d: EconomyDrill = await ok(
        county.get(`/api/economy/drill?year=${YEAR}&band=${c.code}&pageSize=200`),
      );
      expect(d.total, c.code).toBe(c.villages);
      expect(d.items.every((r) => r.band === c.code)).toBe(true);
    }
    for (const a of s.current.atLeast) {
      const d: EconomyDrill = await ok(
        county.get(`/api/economy/drill?year=${YEAR}&atLeastFen=${a.minFen}&pageSize=1`),
      );
      expect(d.total, a.code).toBe(a.villages);
    }
    const all: EconomyDrill = await ok(county.get(`/api/economy/drill?year=${YEAR}&pageSize=7&page=2`));
    expect(all.total).toBe(s.current.villages);
    expect(all.sums.basisFen).toBe(s.current.basisFen);
    expect(all.sums.totalFen).toBe(s.current.totalFen);
    expect(all.items).toHaveLength(7);
    const past: EconomyDrill = await ok(county.get(`/api/economy/drill?year=${YEAR}&pageSize=200&page=99`));
    expect([past.items.length, past.total, past.sums.basisFen]).toEqual([
      0,
      s.current.villages,
      s.current.basisFen,
    ]);
  });

  it('sorts by growth and refuses an unknown band', async () => {
    const d: EconomyDrill = await ok(
      county.get(`/api/economy/drill?year=${YEAR}&sort=growthDesc&pageSize=50`),
    );
    const growths = d.items.map((r) => r.growthPercent).filter((g): g is number => g !== null);
    expect(growths).toEqual([...growths].sort((a, b) => b - a));
    const bad = await county.get(`/api/economy/drill?year=${YEAR}&band=T9`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields?.[0]?.path).toBe('band');
  });

  it('exports the list as Excel, audited', async () => {
    const res = await county.get(`/api/economy/drill.xlsx?year=${YEAR}&band=T3`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const [audit] = await plain<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'economy.views.drill.export'`,
    );
    expect(audit.n).toBe(1);
  });
});

describe('scope', () => {
  it('a township never sees another township’s accounts', async () => {
    for (const code of [regions.county, regions.otherTownship.code, regions.otherVillage.code])
      expect((await township.get(`/api/economy/summary?year=${YEAR}&regionCode=${code}`)).statusCode).toBe(
        404,
      );
    expect((await township.get(`/api/economy/villages/${regions.otherVillage.code}`)).statusCode).toBe(404);
    expect(
      (await township.get(`/api/economy/drill?regionCode=${regions.otherTownship.code}`)).statusCode,
    ).toBe(404);
    const own: EconomySummary = await ok(township.get(`/api/economy/summary?year=${YEAR}`));
    expect(own.regionCode).toBe(regions.ownTownship.code);
    expect(own.childLevel).toBe('village');
    expect(own.children.every((c) => c.regionCode.startsWith(regions.ownTownship.code.slice(0, 9)))).toBe(
      true,
    );
    const drill: EconomyDrill = await ok(township.get(`/api/economy/drill?year=${YEAR}&pageSize=200`));
    expect(drill.items.every((r) => r.townshipCode === regions.ownTownship.code)).toBe(true);
    const mine = sumOf(await plainGroups(regions.ownTownship.code, YEAR, 12));
    expect([drill.total, drill.sums.basisFen]).toEqual([mine.villages, mine.operating]);
    const other: EconomySummary = await ok(otherTownship.get(`/api/economy/summary?year=${YEAR}`));
    expect(other.children.some((c) => c.regionCode === regions.ownVillage.code)).toBe(false);
  });
});

describe('a village’s page', () => {
  it('shows its accounts by year with the sums by source', async () => {
    const code = regions.ownVillage.code;
    const page: EconomyVillage = await ok(village.get(`/api/economy/villages/${code}`));
    const accounts = await plain<{ year: number; operating: number }>(
      `select year, operating_fen::float8 as operating from economy_accounts where region_code = $1 order by year desc`,
      [code],
    );
    expect(page.accounts.map((a) => [a.year, a.operatingFen])).toEqual(
      accounts.map((a) => [a.year, Number(a.operating)]),
    );
    for (const a of page.accounts) expect(a.bySource.reduce((s, l) => s + l.amountFen, 0)).toBe(a.totalFen);
    expect(page.townshipCode).toBe(regions.ownTownship.code);
    expect((await village.get(`/api/economy/villages/${regions.ownTownship.code}`)).statusCode).toBe(404);
  });
});

describe('trend and figures', () => {
  it('gives per year totals equal to the summary', async () => {
    const t: EconomyTrend = await ok(county.get(`/api/economy/trend?from=${YEAR - 1}&to=${YEAR}`));
    const s: EconomySummary = await ok(county.get(`/api/economy/summary?year=${YEAR}`));
    expect(t.years.map((y) => y.year)).toEqual([YEAR - 1, YEAR]);
    expect(t.years[1].basisFen).toBe(s.current.basisFen);
    expect(t.years[0].basisFen).toBe(s.previous.basisFen);
    expect(t.years[1].growthPercent).toBe(s.growthPercent);
    expect(t.years[1].counts).toEqual(s.current.counts);
    expect((await county.get(`/api/economy/trend?from=${YEAR}&to=${YEAR - 1}`)).statusCode).toBe(422);
  });

  it('answers the figures in 元 and counts weak villages', async () => {
    const [row] = await db().select().from(regionsTable).where(eq(regionsTable.code, regions.county));
    const user = await makeUser(h.services, { role: 'county_admin', regionCode: row.code });
    const ctx = ctxOf(h.services, user);
    const code = regions.ownVillage.code;
    const [acc] = await plain<{ op: number; tot: number }>(
      `select operating_fen::float8 as op, total_fen::float8 as tot from economy_accounts where region_code = $1 and year = $2`,
      [code, YEAR],
    );
    expect(await operatingIncomeFigure.compute(ctx, { regionCode: code, year: YEAR })).toBe(
      Number(acc.op) / 100,
    );
    expect(await totalIncomeFigure.compute(ctx, { regionCode: code, year: YEAR })).toBe(
      Number(acc.tot) / 100,
    );
    const all = sumOf(await plainGroups(regions.county, YEAR, 9));
    expect(await operatingIncomeFigure.compute(ctx, { regionCode: regions.county, year: YEAR })).toBe(
      all.operating / 100,
    );
    const weak = (await plainIncomes(regions.county, YEAR)).filter((f) => f < 5_000_000).length;
    expect(await weakVillagesFigure.compute(ctx, { regionCode: regions.county, year: YEAR })).toBe(weak);
    const d: EconomyDrill = await ok(
      county.get(`/api/economy/drill?year=${YEAR}&belowFen=5000000&pageSize=1`),
    );
    expect(d.total).toBe(weak);
    await insertAccount(code, 2030, [{ code: 'I1', amountFen: 6_000_000 }]);
    expect(await weakVillagesFigure.compute(ctx, { regionCode: code, year: 2030 })).toBe(0);
    const townshipUser = await makeUser(h.services, {
      role: 'township',
      regionCode: regions.ownTownship.code,
    });
    await expect(
      operatingIncomeFigure.compute(ctxOf(h.services, townshipUser), {
        regionCode: regions.otherVillage.code,
        year: YEAR,
      }),
    ).rejects.toThrow();
  });
});
