import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import type { HomePending, HomeShortcut } from '../../../platform/modules/manifest';
import { inScope, scopeOf } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { ratingCampaigns, ratingObjections, villageRatings } from '../tables';
import { PAGES } from './kinds';
import { actsForCounty, actsForTownship, actsForVillage } from './policy';

// 工作台 items of 星级评定: the village's rating to score (村自评, also when returned), the
// township's ratings waiting for review, the county's ratings waiting for a decision and its open
// objections, each with its count and the first few villages.

const SHOWN = 5;

export const campaignShortcuts: readonly HomeShortcut[] = [
  {
    key: 'assessments.rating.self',
    label: { zh: '星级自评', en: 'Star self-assessment' },
    path: PAGES.myRating,
    permission: 'assess.self',
    rank: { village: 4, stationed_cadre: 4 },
  },
];

const ratingItem = async (
  ctx: Ctx,
  where: SQL | undefined,
  item: Omit<HomePending, 'count' | 'entries'>,
  path: (r: { id: string; campaignId: string }) => string,
): Promise<HomePending> => {
  const [[{ n }], rows] = await Promise.all([
    ctx.db
      .select({ n: count() })
      .from(villageRatings)
      .innerJoin(ratingCampaigns, eq(ratingCampaigns.id, villageRatings.campaignId))
      .where(where),
    ctx.db
      .select({
        id: villageRatings.id,
        campaignId: villageRatings.campaignId,
        name: regionNameOf(villageRatings.regionCode),
        campaign: ratingCampaigns.name,
        updatedAt: villageRatings.updatedAt,
      })
      .from(villageRatings)
      .innerJoin(ratingCampaigns, eq(ratingCampaigns.id, villageRatings.campaignId))
      .where(where)
      .orderBy(asc(villageRatings.updatedAt), asc(villageRatings.regionCode))
      .limit(SHOWN),
  ]);
  return {
    ...item,
    count: n,
    entries: rows.map((r) => ({
      id: r.id,
      title: `${r.name ?? ''} ${r.campaign}`.trim(),
      path: path(r),
      at: r.updatedAt.toISOString(),
    })),
  };
};

export const campaignHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  const mine = inScope(villageRatings.regionCode, scopeOf(ctx.actor));
  const waiting = (status: 'self' | 'township' | 'county', campaign: ('open' | 'notice')[]) =>
    and(mine, eq(villageRatings.status, status), inArray(ratingCampaigns.status, campaign));
  if (actsForVillage(ctx.actor))
    return [
      await ratingItem(
        ctx,
        waiting('self', ['open']),
        {
          key: 'assessments.rating.self',
          label: { zh: '星级自评待提交', en: 'Star rating to score' },
          path: PAGES.myRating,
        },
        () => PAGES.myRating,
      ),
    ];
  if (actsForTownship(ctx.actor))
    return [
      await ratingItem(
        ctx,
        waiting('township', ['open']),
        {
          key: 'assessments.rating.review',
          label: { zh: '星级评定待审核', en: 'Star ratings to review' },
          path: PAGES.campaigns,
        },
        (r) => PAGES.rating(r.id),
      ),
    ];
  if (!actsForCounty(ctx.actor)) return [];
  const [decide, [{ n }]] = await Promise.all([
    ratingItem(
      ctx,
      waiting('county', ['open', 'notice']),
      {
        key: 'assessments.rating.decide',
        label: { zh: '星级评定待审定', en: 'Star ratings to decide' },
        path: PAGES.campaigns,
      },
      (r) => PAGES.rating(r.id),
    ),
    ctx.db
      .select({ n: count() })
      .from(ratingObjections)
      .where(
        and(inScope(ratingObjections.regionCode, scopeOf(ctx.actor)), eq(ratingObjections.status, 'open')),
      ),
  ]);
  return [
    decide,
    {
      key: 'assessments.objections',
      label: { zh: '星级公示异议待答复', en: 'Objections to answer' },
      count: n,
      path: PAGES.campaigns,
    },
  ];
};
