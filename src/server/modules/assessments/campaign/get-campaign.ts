import { and, count, eq, sql } from 'drizzle-orm';
import {
  type CampaignDetail,
  type CampaignView,
  RATING_STATUSES,
  type RatingCounts,
} from '../../../../contracts/api/assess-campaign';
import type { Ctx } from '../../../platform/context';
import { inScope, regionAtLevel, scopeOf } from '../../../platform/scope';
import { availableActions } from '../../../platform/workflow/actions';
import { regionNames } from '../../regions/region-view';
import { criteriaSets, ratingObjections, villageRatings } from '../tables';
import { type CampaignRow, loadCampaign } from './load';
import { campaignWorkflow, publishBlocked } from './workflows';

// A campaign with the county summary (GET /api/assess/campaigns/:campaignId): counts per rating
// state, per decided and per computed stars, in all and by township, read in one grouped statement
// over the ratings in the caller's scope (a township sees its own villages' counts).

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const campaignView = (
  c: CampaignRow,
  extra: { regionName: string | null; setName: string; ratings: number },
): CampaignView => ({
  id: c.id,
  regionCode: c.regionCode,
  regionName: extra.regionName,
  year: c.year,
  name: c.name,
  setId: c.setId,
  setName: extra.setName,
  status: c.status,
  noticeDays: c.noticeDays,
  selfDue: c.selfDue,
  reviewDue: c.reviewDue,
  noticeStartedAt: iso(c.noticeStartedAt),
  noticeEndsAt: iso(c.noticeEndsAt),
  publishedAt: iso(c.publishedAt),
  createdAt: c.createdAt.toISOString(),
  ratings: extra.ratings,
});

const emptyCounts = (): RatingCounts => ({
  total: 0,
  byStatus: Object.fromEntries(RATING_STATUSES.map((s) => [s, 0])) as RatingCounts['byStatus'],
  byStars: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
  byComputedStars: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
});

const add = (
  c: RatingCounts,
  row: { status: string; stars: number | null; computed: number | null; n: number },
) => {
  c.total += row.n;
  c.byStatus[row.status as keyof RatingCounts['byStatus']] += row.n;
  if (row.status === 'decided' && row.stars != null) c.byStars[String(row.stars)] += row.n;
  if (row.computed != null) c.byComputedStars[String(row.computed)] += row.n;
};

export const campaignDetail = async (ctx: Ctx, campaign: CampaignRow): Promise<CampaignDetail> => {
  const scope = scopeOf(ctx.actor);
  const township = regionAtLevel(villageRatings.regionCode, 'township');
  const [groups, [set], objections, blocked, actions] = await Promise.all([
    ctx.db
      .select({
        township,
        status: villageRatings.status,
        stars: villageRatings.stars,
        computed: villageRatings.computedStars,
        n: count(),
      })
      .from(villageRatings)
      .where(and(eq(villageRatings.campaignId, campaign.id), inScope(villageRatings.regionCode, scope)))
      .groupBy(township, villageRatings.status, villageRatings.stars, villageRatings.computedStars),
    ctx.db.select({ name: criteriaSets.name }).from(criteriaSets).where(eq(criteriaSets.id, campaign.setId)),
    ctx.db
      .select({
        all: count(),
        open: sql<number>`count(*) filter (where ${ratingObjections.status} = 'open')::int`,
      })
      .from(ratingObjections)
      .where(and(eq(ratingObjections.campaignId, campaign.id), inScope(ratingObjections.regionCode, scope))),
    publishBlocked(ctx, campaign),
    availableActions(ctx, campaignWorkflow, campaign),
  ]);
  const total = emptyCounts();
  const byTownship = new Map<string, RatingCounts>();
  for (const g of groups) {
    add(total, g);
    const t = byTownship.get(g.township) ?? emptyCounts();
    add(t, g);
    byTownship.set(g.township, t);
  }
  const names = await regionNames(ctx.db, [campaign.regionCode, ...byTownship.keys()]);
  return {
    campaign: campaignView(campaign, {
      regionName: names.get(campaign.regionCode) ?? null,
      setName: set?.name ?? '',
      ratings: total.total,
    }),
    counts: total,
    townships: [...byTownship.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([regionCode, c]) => ({ ...c, regionCode, regionName: names.get(regionCode) ?? null })),
    openObjections: objections[0]?.open ?? 0,
    objections: objections[0]?.all ?? 0,
    actions,
    publishBlocked: blocked,
  };
};

export const getCampaign = async (ctx: Ctx, campaignId: string) =>
  campaignDetail(ctx, await loadCampaign(ctx, campaignId));
