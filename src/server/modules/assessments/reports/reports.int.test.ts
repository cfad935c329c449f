import { describe, expect, it } from 'vitest';
import { generateAssessments } from '../../../../generator/assessments';
import { makeUser } from '../../../../testing/factories';
import { actorOf } from '../../../platform/auth/session';
import type { Ctx } from '../../../platform/context';
import { county, h, otherTownship, regions, township, withAssessHarness } from '../assessments-test-kit';
import { reportFigures } from './figures';

// The reports on a generated county (田东, 173 villages, two years): every figure equals a count
// written independently in plain SQL (LIKE on the region code), each figure opens exactly the
// villages behind it, township staff see their township only, the sheets read back.

withAssessHarness();

const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const last = year - 1;
let generated = false;
const ready = async () => {
  if (!generated) await generateAssessments(h.services.database, { countyCode: '451022', seed: 9, year });
  generated = true;
};

const plain = <T = { township: string; n: number }>(text: string, params: unknown[] = []) =>
  h.services.database.rawQuery<T>(text, params);
const town = (code: string) => `${code.slice(0, 9)}000`;
const json = async (res: { statusCode: number; json: () => unknown; body: string }) => {
  expect(res.statusCode, res.body).toBe(200);
  // biome-ignore lint/suspicious/noExplicitAny: answers read in the test
  return res.json() as any;
};

describe('the stars report', () => {
  it('counts the villages per township and stars of the published campaign, like plain SQL', async () => {
    await ready();
    const report = await json(await county.get(`/api/assess/reports/stars?year=${last}`));
    expect(report.years).toEqual([last]);
    const rows = await plain<{ township: string; stars: number; n: number }>(
      `select substr(r.region_code, 1, 9) || '000' as township, r.stars, count(*)::int as n
       from village_ratings r join rating_campaigns c on c.id = r.campaign_id
       where c.status = 'published' and c.year = $1 and r.region_code like '451022%' group by 1, 2`,
      [last],
    );
    for (const row of report.rows)
      for (let s = 1; s <= 5; s++)
        expect(row.stars[s - 1]).toBe(rows.find((r) => r.township === row.code && r.stars === s)?.n ?? 0);
    expect(report.county.total).toBe(173);
    expect(report.rows.reduce((s: number, r: { total: number }) => s + r.total, 0)).toBe(173);
    // The default year is the latest published one.
    expect((await json(await county.get('/api/assess/reports/stars'))).county).toEqual(report.county);
  });

  it('opens the villages behind a figure, and a township sees only its own', async () => {
    await ready();
    const own = regions.ownTownship.code;
    const report = await json(await county.get(`/api/assess/reports/stars?year=${last}`));
    const row = report.rows.find((r: { code: string }) => r.code === own);
    const stars = row.stars.findIndex((n: number) => n > 0) + 1;
    const list = await json(
      await county.get(
        `/api/assess/reports/stars/villages?year=${last}&township=${own}&stars=${stars}&pageSize=200`,
      ),
    );
    const expected = await plain<{ code: string }>(
      `select r.region_code as code from village_ratings r join rating_campaigns c on c.id = r.campaign_id
       where c.status = 'published' and c.year = $1 and r.stars = $2 and r.region_code like $3 order by 1`,
      [last, stars, `${own.slice(0, 9)}%`],
    );
    expect(list.total).toBe(row.stars[stars - 1]);
    expect(list.items.map((i: { regionCode: string }) => i.regionCode)).toEqual(expected.map((e) => e.code));
    expect(list.items[0].township).toBe(regions.ownTownship.name);
    const mine = await json(await township.get(`/api/assess/reports/stars?year=${last}`));
    expect(mine.rows.map((r: { code: string }) => r.code)).toEqual([own]);
    expect(mine.county).toEqual({ stars: row.stars, total: row.total });
    expect(
      (await township.get(`/api/assess/reports/stars?township=${regions.otherTownship.code}`)).statusCode,
    ).toBe(404);
    expect(
      (await otherTownship.get(`/api/assess/reports/stars/villages?year=${last}&township=${own}`)).statusCode,
    ).toBe(404);
  });

  it('shows the stars now, after dynamic adjustments, like the latest row per village in plain SQL', async () => {
    await ready();
    const report = await json(await county.get('/api/assess/reports/stars?view=current'));
    const rows = await plain<{ stars: number; n: number }>(
      `select stars, count(*)::int as n from (
         select distinct on (region_code) region_code, stars from village_stars where region_code like '451022%'
         order by region_code, effective_at desc, created_at desc, id desc) s group by 1`,
    );
    for (let s = 1; s <= 5; s++)
      expect(report.county.stars[s - 1]).toBe(rows.find((r) => r.stars === s)?.n ?? 0);
    const adjusted = await plain<{ code: string; stars: number; reason: string }>(
      `select region_code as code, stars, reason from village_stars where source = 'adjust' order by region_code limit 1`,
    );
    expect(adjusted).toHaveLength(1);
    const [a] = adjusted;
    const list = await json(
      await county.get(
        `/api/assess/reports/stars/villages?view=current&township=${town(a.code)}&stars=${a.stars}&pageSize=200`,
      ),
    );
    expect(list.items.find((i: { regionCode: string }) => i.regionCode === a.code)?.note).toBe(a.reason);
  });
});

describe('the flags and rectifications reports', () => {
  it('counts awarded flags per kind and year like plain SQL and opens the places behind', async () => {
    await ready();
    const report = await json(await county.get('/api/assess/reports/flags'));
    const rows = await plain<{ kind: string; year: number; n: number }>(
      `select kind_id as kind, year, count(*)::int as n from flag_awards
       where status = 'awarded' and region_code like '451022%' group by 1, 2`,
    );
    expect(report.years).toEqual([last]);
    for (const row of report.rows)
      expect(row.counts[0]).toBe(rows.find((r) => r.kind === row.kindId && r.year === last)?.n ?? 0);
    expect(report.totals[0]).toBe(rows.reduce((s, r) => s + r.n, 0));
    const kind = report.rows.find((r: { counts: number[] }) => r.counts[0] > 0);
    const list = await json(
      await county.get(`/api/assess/reports/flags/villages?year=${last}&kindId=${kind.kindId}&pageSize=200`),
    );
    expect(list.total).toBe(kind.counts[0]);
    expect(list.items.every((i: { kind: string }) => i.kind === kind.name)).toBe(true);
  });

  it('counts identified, closed and consolidated organizations per year and township like plain SQL', async () => {
    await ready();
    const report = await json(await county.get('/api/assess/reports/rectifications'));
    expect(report.years.map((y: { year: number }) => y.year)).toEqual([year, last]);
    const rows = await plain<{ year: number; township: string; i: number; c: number; k: number }>(
      `select year, substr(region_code, 1, 9) || '000' as township,
         count(*) filter (where status <> 'dismissed')::int as i,
         count(*) filter (where status in ('closed', 'consolidated'))::int as c,
         count(*) filter (where status = 'consolidated')::int as k
       from weak_orgs where region_code like '451022%' group by 1, 2`,
    );
    for (const y of report.years)
      for (const t of y.townships) {
        const r = rows.find((x) => x.year === y.year && x.township === t.code)!;
        expect([t.identified, t.closed, t.consolidated]).toEqual([r.i, r.c, r.k]);
      }
    const lastYear = report.years[1];
    expect(lastYear.identified).toBe(18);
    const list = await json(
      await county.get(`/api/assess/reports/rectifications/villages?year=${last}&figure=closed&pageSize=200`),
    );
    expect(list.total).toBe(lastYear.closed);
    expect(list.items.every((i: { status: string }) => ['closed', 'consolidated'].includes(i.status))).toBe(
      true,
    );
  });
});

describe('exports, figures and the printable notice', () => {
  it('exports each report as a sheet that reads back, audited', async () => {
    await ready();
    const ExcelJS = (await import('exceljs')).default;
    const sheetOf = async (url: string) => {
      const res = await county.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return book.worksheets[0];
    };
    const report = await json(await county.get(`/api/assess/reports/stars?year=${last}`));
    const stars = await sheetOf(`/api/assess/reports/stars/export?year=${last}`);
    const names = stars.getColumn(1).values.slice(2);
    expect(names.at(-1)).toBe('合计');
    expect((stars.getRow(names.length + 1).values as unknown[]).slice(1)).toEqual([
      '合计',
      ...[...report.county.stars].reverse(),
      173,
    ]);
    const flags = await sheetOf('/api/assess/reports/flags/export');
    expect(flags.getRow(1).values).toContain(`${last}年`);
    const rect = await sheetOf('/api/assess/reports/rectifications/export');
    expect(rect.getColumn(2).values).toContain('合计');
    const [{ n }] = await plain<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'assessments.report.export'`,
    );
    expect(n).toBe(3);
  });

  it('computes the dashboard figures like plain SQL, in the caller scope', async () => {
    await ready();
    const user = await makeUser(h.services, { role: 'township', regionCode: regions.ownTownship.code });
    const ctx: Ctx = {
      db: h.services.database.db,
      actor: actorOf(user),
      meta: { requestId: 'figures', ip: null },
      pii: h.services.pii,
    };
    const figure = (key: string) => reportFigures.find((f) => f.key === key)!;
    const prefix = `${regions.ownTownship.code.slice(0, 9)}%`;
    const [five] = await plain<{ n: number }>(
      `select count(*)::int as n from village_ratings r join rating_campaigns c on c.id = r.campaign_id
       where c.status = 'published' and c.year = $1 and r.stars = 5 and r.region_code like $2`,
      [last, prefix],
    );
    const q = { regionCode: regions.ownTownship.code, year: last };
    expect(await figure('assess.fiveStarVillages').compute(ctx, q)).toBe(five.n);
    expect(await figure('assess.fiveStarVillages').compute(ctx, { regionCode: q.regionCode })).toBe(five.n);
    const [flags] = await plain<{ n: number }>(
      `select count(*)::int as n from flag_awards where status = 'awarded' and year = $1 and region_code like $2`,
      [last, prefix],
    );
    expect(await figure('assess.flagsAwarded').compute(ctx, q)).toBe(flags.n);
    const [weak] = await plain<{ n: number }>(
      `select count(*)::int as n from weak_orgs where status in ('closed', 'consolidated') and year = $1 and region_code like $2`,
      [last, prefix],
    );
    expect(await figure('assess.weakRectified').compute(ctx, q)).toBe(weak.n);
    await expect(
      figure('assess.flagsAwarded').compute(ctx, { regionCode: regions.otherTownship.code, year: last }),
    ).rejects.toThrow();
  });

  it('prints the 公示 of a campaign: every village of the scope with its stars', async () => {
    await ready();
    const [campaign] = await plain<{ id: string }>(
      `select id from rating_campaigns where region_code = '451022000000' and year = $1`,
      [last],
    );
    const notice = await json(await county.get(`/api/assess/reports/notice/${campaign.id}`));
    expect(notice.county).toBe('田东县');
    expect(notice.year).toBe(last);
    expect(notice.rows).toHaveLength(173);
    expect(notice.rows.every((r: { stars: number }) => r.stars >= 1)).toBe(true);
    const mine = await json(await township.get(`/api/assess/reports/notice/${campaign.id}`));
    expect(mine.rows.every((r: { township: string }) => r.township === regions.ownTownship.name)).toBe(true);
    expect(mine.rows.length).toBeGreaterThan(0);
  });
});
