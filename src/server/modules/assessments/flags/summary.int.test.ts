import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { newId } from '../../../platform/auth/session';
import { county, db, regions, township, villagesUnder, withAssessHarness } from '../assessments-test-kit';
import { type FlagStatus, flagAwards } from '../tables';
import { kindId } from './flags-test-kit';

// 红旗统计 against plain SQL, on the shape seed T quotes: 34 villages won 44 flags in a year
// (every one of 34 villages 产业兴旺, ten of them also 生态宜居), beside nominations still waiting,
// rejected ones, a township's flag and last year's flags, which the year's village count leaves out.

withAssessHarness();

const YEAR = 2025;

beforeAll(async () => {
  const villages = (await villagesUnder(regions.county)).map((v) => v.code);
  const [fv1, fv2, fv3, ft1] = await Promise.all(['FV1', 'FV2', 'FV3', 'FT1'].map((c) => kindId(c)));
  const row = (kind: string, regionCode: string, status: FlagStatus, year = YEAR) => ({
    id: newId(),
    kindId: kind,
    regionCode,
    year,
    status,
    reason: '事迹',
    awardedAt: status === 'awarded' ? new Date() : null,
  });
  await db()
    .insert(flagAwards)
    .values([
      ...villages.slice(0, 34).map((v) => row(fv1, v, 'awarded')),
      ...villages.slice(0, 10).map((v) => row(fv2, v, 'awarded')),
      ...villages.slice(34, 40).map((v) => row(fv3, v, 'nominated')),
      ...villages.slice(40, 43).map((v) => row(fv3, v, 'reviewed')),
      ...villages.slice(43, 45).map((v) => row(fv2, v, 'rejected')),
      row(ft1, regions.ownTownship.code, 'awarded'),
      ...villages.slice(50, 55).map((v) => row(fv1, v, 'awarded', YEAR - 1)),
    ]);
});

/** Per kind code: awarded flags and distinct villages, by plain SQL (optionally under a township). */
const plain = async (year: number, under?: string) => {
  // scope-check: not a filter (the plain SQL the summary is compared with; a township is 9 digits)
  const prefix = `${(under ?? '').slice(0, 9)}%`;
  const rows = await db().execute(sql`
    select k.code,
           count(*)::int as flags,
           count(distinct left(a.region_code, 12))::int as villages
      from flag_awards a join flag_kinds k on k.id = a.kind_id
     where a.status = 'awarded' and a.year = ${year} and k.region_code = ${regions.county}
       and (${under ?? null}::text is null or a.region_code like ${prefix})
     group by k.code`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as {
    code: string;
    flags: number;
    villages: number;
  }[];
  return new Map(list.map((r) => [r.code, { flags: Number(r.flags), villages: Number(r.villages) }]));
};

describe('flag counts by kind and year', () => {
  it('gives per kind the flags and distinct villages, and 34 villages holding 44 flags in the year', async () => {
    const summary = await ok(county.get(`/api/assess/flags/summary?year=${YEAR}`));
    expect(summary.total).toEqual({ flags: 44, villages: 34 });
    const expected = await plain(YEAR);
    for (const k of summary.kinds) {
      const want = expected.get(k.code) ?? { flags: 0, villages: 0 };
      expect([k.code, k.flags]).toEqual([k.code, want.flags]);
      if (k.level !== 'township') expect([k.code, k.villages]).toEqual([k.code, want.villages]);
    }
    const byCode = new Map(summary.kinds.map((k: { code: string }) => [k.code, k]));
    expect(byCode.get('FV1')).toMatchObject({ flags: 34, villages: 34, pending: 0 });
    expect(byCode.get('FV3')).toMatchObject({ flags: 0, villages: 0, pending: 9 });
    expect(byCode.get('FT1')).toMatchObject({ flags: 1, villages: null });
    expect(summary.byYear).toEqual([{ year: YEAR, flags: 44, villages: 34 }]);
  });

  it('counts every year when none is asked, per year, and under one township', async () => {
    const all = await ok(county.get('/api/assess/flags/summary'));
    expect(all.byYear).toEqual([
      { year: YEAR, flags: 44, villages: 34 },
      { year: YEAR - 1, flags: 5, villages: 5 },
    ]);
    const code = regions.ownTownship.code;
    const mine = await ok(township.get(`/api/assess/flags/summary?year=${YEAR}`));
    const underTownship = await ok(county.get(`/api/assess/flags/summary?year=${YEAR}&township=${code}`));
    expect(mine.kinds).toEqual(underTownship.kinds);
    const expected = await plain(YEAR, code);
    for (const k of mine.kinds) expect([k.code, k.flags]).toEqual([k.code, expected.get(k.code)?.flags ?? 0]);
  });

  it('opens the awards behind each count through the list', async () => {
    const summary = await ok(county.get(`/api/assess/flags/summary?year=${YEAR}`));
    for (const k of summary.kinds) {
      const page = await ok(
        county.get(`/api/assess/flags?year=${YEAR}&kindId=${k.kindId}&status=awarded&pageSize=200`),
      );
      expect([k.code, page.total]).toEqual([k.code, k.flags]);
      if (k.villages !== null)
        expect(new Set(page.items.map((a: { regionCode: string }) => a.regionCode)).size).toBe(k.villages);
    }
  });
});
