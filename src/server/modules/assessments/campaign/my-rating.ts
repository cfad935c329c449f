import { and, desc, eq, inArray } from 'drizzle-orm';
import type { RatingSheet } from '../../../../contracts/api/assess-campaign';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf } from '../../../platform/scope';
import { ratingCampaigns, villageRatings } from '../tables';
import { sheetOf } from './rating-sheet';

// 星级自评 on the phone (GET /api/assess/my-rating): the caller's village's rating of its county's
// current campaign (the newest open or in 公示), or null when none runs.

export const myRating = async (ctx: Ctx): Promise<{ rating: RatingSheet | null }> => {
  const [row] = await ctx.db
    .select({ rating: villageRatings, campaign: ratingCampaigns })
    .from(villageRatings)
    .innerJoin(ratingCampaigns, eq(ratingCampaigns.id, villageRatings.campaignId))
    .where(
      and(
        inScope(villageRatings.regionCode, scopeOf(ctx.actor)),
        inArray(ratingCampaigns.status, ['open', 'notice']),
      ),
    )
    .orderBy(desc(ratingCampaigns.year), villageRatings.regionCode)
    .limit(1);
  return { rating: row ? await sheetOf(ctx, row.rating, { campaign: row.campaign }) : null };
};
