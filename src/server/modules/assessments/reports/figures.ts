import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import type { Figure } from '../../../platform/modules/manifest';
import { assertInScope, countyCodeOf, scopeOf, underRegion } from '../../../platform/scope';
import { flagAwards, ratingCampaigns, villageRatings, weakOrgs } from '../tables';
import { chinaYear, rowsOf } from './report-sql';

// Figures dashboards may show from assessments, for a region in the caller's scope (NotFound
// outside it) and a year (this year when absent; the stars: the latest published campaign).

type Query = { regionCode: string; year?: number };

const one = async (ctx: Ctx, query: SQL) => Number((await rowsOf<{ v: number }>(ctx, query))[0]?.v ?? 0);

const under = (ctx: Ctx, q: Query, column: Parameters<typeof underRegion>[0]) => {
  assertInScope(q.regionCode, scopeOf(ctx.actor));
  return underRegion(column, q.regionCode);
};

export const fiveStarVillages = async (ctx: Ctx, q: Query) => {
  const where = under(ctx, q, villageRatings.regionCode);
  const year = q.year == null ? sql`` : sql` and ${ratingCampaigns.year} = ${q.year}`;
  return one(
    ctx,
    sql`select count(*)::int as v from ${villageRatings} where ${where} and ${villageRatings.stars} = 5
      and ${villageRatings.campaignId} = (select ${ratingCampaigns.id} from ${ratingCampaigns}
        where ${ratingCampaigns.regionCode} = ${countyCodeOf(q.regionCode)} and ${ratingCampaigns.status} = 'published'${year}
        order by ${ratingCampaigns.year} desc limit 1)`,
  );
};

export const flagsAwarded = async (ctx: Ctx, q: Query) =>
  one(
    ctx,
    sql`select count(*)::int as v from ${flagAwards} where ${under(ctx, q, flagAwards.regionCode)}
      and ${flagAwards.status} = 'awarded' and ${flagAwards.year} = ${q.year ?? chinaYear()}`,
  );

export const weakRectified = async (ctx: Ctx, q: Query) =>
  one(
    ctx,
    sql`select count(*)::int as v from ${weakOrgs} where ${under(ctx, q, weakOrgs.regionCode)}
      and ${weakOrgs.status} in ('closed', 'consolidated') and ${weakOrgs.year} = ${q.year ?? chinaYear()}`,
  );

export const reportFigures: Figure[] = [
  {
    key: 'assess.fiveStarVillages',
    label: { zh: '五星级村党组织数', en: 'Five-star village organizations' },
    definition: {
      zh: '该年度（未指定则为最近一次）已发布的星级评定中评为五星的村数',
      en: 'Villages rated five stars in the published campaign of the year (the latest when no year is given)',
    },
    unit: { zh: '个', en: 'villages' },
    compute: fiveStarVillages,
  },
  {
    key: 'assess.flagsAwarded',
    label: { zh: '授予红旗数', en: 'Red flags awarded' },
    definition: {
      zh: '该年度已授予（未撤销）的红旗数，含乡镇、村、屯和户',
      en: 'Flags of the year awarded and not revoked: townships, villages, groups and households',
    },
    unit: { zh: '面', en: 'flags' },
    compute: flagsAwarded,
  },
  {
    key: 'assess.weakRectified',
    label: { zh: '软弱涣散整顿销号数', en: 'Weak organizations rectified' },
    definition: {
      zh: '该年度认定的软弱涣散村党组织中已验收销号（含巩固完成）的个数',
      en: 'Weak organizations identified in the year that passed acceptance (closed or consolidated)',
    },
    unit: { zh: '个', en: 'organizations' },
    compute: weakRectified,
  },
];
