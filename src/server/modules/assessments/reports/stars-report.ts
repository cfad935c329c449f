import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  StarsReport,
  StarsReportQuery,
  starsVillagesQuerySchema,
} from '../../../../contracts/api/assess-reports';
import type { Ctx } from '../../../platform/context';
import { countyCodeOf, regionAtLevel } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { ratingCampaigns, villageRatings, villageStars } from '../tables';
import { offsetOf, reportScope, rowsOf } from './report-sql';

// 星级统计: villages per star level by township and the county total, either as the published
// campaign of a year decided them, or as they stand now after dynamic adjustments (each
// village's latest village_stars row). The same conditions serve the report, the villages
// behind a figure and the export.

type VillagesQuery = z.infer<typeof starsVillagesQuerySchema>;

/** Years with a published campaign in the caller's county, newest first. */
export const publishedYears = async (ctx: Ctx): Promise<number[]> => {
  const rows = await rowsOf<{ year: number }>(
    ctx,
    sql`select ${ratingCampaigns.year} as year from ${ratingCampaigns}
      where ${ratingCampaigns.regionCode} = ${countyCodeOf(ctx.actor.scopeCode)} and ${ratingCampaigns.status} = 'published'
      order by 1 desc`,
  );
  return rows.map((r) => Number(r.year));
};

/**
 * Each village's stars now: its latest village_stars row (with the township and the reason of
 * an adjustment), in the caller's scope and the township asked; a subquery named `s`.
 */
const currentStars = (ctx: Ctx, township?: string): SQL =>
  sql`(select distinct on (${villageStars.regionCode}) ${villageStars.regionCode} as region_code,
      ${regionAtLevel(villageStars.regionCode, 'township')} as township, ${villageStars.stars} as stars,
      ${villageStars.reason} as reason
    from ${villageStars} where ${reportScope(ctx, villageStars.regionCode, township)}
    order by ${villageStars.regionCode}, ${villageStars.effectiveAt} desc, ${villageStars.createdAt} desc, ${villageStars.id} desc) s`;

/** The ratings of the year's published campaign of the caller's county. */
const campaignRatings = (ctx: Ctx, year: number | null, township?: string): SQL =>
  sql`${villageRatings.campaignId} = (select ${ratingCampaigns.id} from ${ratingCampaigns}
      where ${ratingCampaigns.regionCode} = ${countyCodeOf(ctx.actor.scopeCode)}${year == null ? sql`` : sql` and ${ratingCampaigns.year} = ${year}`}
        and ${ratingCampaigns.status} = 'published' order by ${ratingCampaigns.year} desc limit 1)
    and ${villageRatings.stars} is not null and ${reportScope(ctx, villageRatings.regionCode, township)}`;

export const starsReport = async (ctx: Ctx, q: StarsReportQuery): Promise<StarsReport> => {
  // The campaign's year when none is asked: the latest published one, found in the same statement.
  const year = q.view === 'campaign' ? (q.year ?? null) : null;
  const township = regionAtLevel(villageRatings.regionCode, 'township');
  const grouped =
    q.view === 'campaign'
      ? sql`select ${township} as township, ${villageRatings.stars} as stars, count(*)::int as n from ${villageRatings}
          where ${campaignRatings(ctx, year, q.township)} group by 1, 2`
      : sql`select s.township, s.stars, count(*)::int as n from ${currentStars(ctx, q.township)} group by 1, 2`;
  const [years, counts] = await Promise.all([
    publishedYears(ctx),
    rowsOf<{ township: string; name: string | null; stars: number; n: number }>(
      ctx,
      sql`select g.township, ${regionNameOf(sql`g.township`)} as name, g.stars, g.n from (${grouped}) g`,
    ),
  ]);
  const byTownship = new Map<string, { name: string; stars: number[] }>();
  const county = [0, 0, 0, 0, 0];
  for (const c of counts) {
    const row = byTownship.get(c.township) ?? { name: c.name ?? c.township, stars: [0, 0, 0, 0, 0] };
    row.stars[Number(c.stars) - 1] += Number(c.n);
    county[Number(c.stars) - 1] += Number(c.n);
    byTownship.set(c.township, row);
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    view: q.view,
    year: q.view === 'campaign' ? (year ?? years[0] ?? null) : null,
    years,
    rows: [...byTownship.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, r]) => ({ code, name: r.name, stars: r.stars, total: sum(r.stars) })),
    county: { stars: county, total: sum(county) },
  };
};

/** The villages behind a figure of the stars report, in code order. */
export const starsVillages = async (ctx: Ctx, q: VillagesQuery) => {
  let from: SQL;
  if (q.view === 'campaign') {
    const township = regionAtLevel(villageRatings.regionCode, 'township');
    from = sql`(select ${villageRatings.regionCode} as region_code, ${township} as township,
        ${villageRatings.stars} as stars, ${villageRatings.reviewTotal} as total, null::text as reason
      from ${villageRatings} where ${campaignRatings(ctx, q.year ?? null, q.township)}) s`;
  } else from = currentStars(ctx, q.township);
  const where = q.stars ? sql`where s.stars = ${q.stars}` : sql``;
  const total = q.view === 'campaign' ? sql`s.total` : sql`null::int`;
  const [items, [{ n }]] = await Promise.all([
    rowsOf<{
      regionCode: string;
      village: string;
      township: string;
      stars: number;
      total: number | null;
      note: string | null;
    }>(
      ctx,
      sql`select s.region_code as "regionCode", coalesce(${regionNameOf(sql`s.region_code`)}, s.region_code) as village,
          coalesce(${regionNameOf(sql`s.township`)}, s.township) as township, s.stars, ${total} as total, s.reason as note
        from ${from} ${where} order by s.region_code limit ${q.pageSize} offset ${offsetOf(q)}`,
    ),
    rowsOf<{ n: number }>(ctx, sql`select count(*)::int as n from ${from} ${where}`),
  ]);
  return {
    items: items.map((r) => ({
      ...r,
      stars: r.stars == null ? null : Number(r.stars),
      total: r.total == null ? null : Number(r.total),
    })),
    total: Number(n),
    page: q.page,
    pageSize: q.pageSize,
  };
};
