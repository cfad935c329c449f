import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { coversActor, getInScope, isInScope, scopeOf } from '../../../platform/scope';
import type { SetRule } from '../score';
import { type IndicatorRow, setIndicators, setRuleOf } from '../set-rule';
import { criteriaSets, ratingCampaigns, ratingScores, villageRatings } from '../tables';

// Loading a campaign, a rating and its scores in the caller's scope. A campaign belongs to the
// county: the county's accounts find it by scope, a township or a village under the county finds
// it because its own region lies in the campaign's county. A rating belongs to its village.

export type CampaignRow = typeof ratingCampaigns.$inferSelect;
export type RatingRow = typeof villageRatings.$inferSelect;
export type ScoreRowDb = typeof ratingScores.$inferSelect;

/** Is the campaign (a county's) visible to the caller: in its scope or above its region? */
export const seesCampaign = (ctx: Ctx, campaign: Pick<CampaignRow, 'regionCode'>): boolean =>
  isInScope(campaign.regionCode, scopeOf(ctx.actor)) || coversActor(ctx.actor, campaign.regionCode);

export const loadCampaign = async (ctx: Ctx, campaignId: string, forUpdate = false): Promise<CampaignRow> => {
  const query = ctx.db.select().from(ratingCampaigns).where(eq(ratingCampaigns.id, campaignId)).limit(1);
  const [campaign] = forUpdate ? await query.for('update') : await query;
  if (!campaign || !seesCampaign(ctx, campaign)) throw new NotFound('没有这次星级评定');
  return campaign;
};

export const loadRating = (ctx: Ctx, ratingId: string, forUpdate = false): Promise<RatingRow> =>
  getInScope(ctx.db, villageRatings, ratingId, scopeOf(ctx.actor), { forUpdate });

/** The campaign of a rating the caller already holds (no scope check needed beyond the rating's). */
export const campaignOf = async (ctx: Ctx, rating: Pick<RatingRow, 'campaignId'>): Promise<CampaignRow> => {
  const [campaign] = await ctx.db
    .select()
    .from(ratingCampaigns)
    .where(eq(ratingCampaigns.id, rating.campaignId))
    .limit(1);
  if (!campaign) throw new NotFound();
  return campaign;
};

export interface CampaignRule {
  set: typeof criteriaSets.$inferSelect;
  indicators: IndicatorRow[];
  rule: SetRule;
  byCode: Map<string, IndicatorRow>;
}

/** The criteria set of a campaign as score.ts reads it. */
export const ruleOf = async (
  ctx: Ctx,
  campaign: Pick<CampaignRow, 'setId' | 'regionCode'>,
): Promise<CampaignRule> => {
  const [set] = await ctx.db
    .select()
    .from(criteriaSets)
    .where(and(eq(criteriaSets.id, campaign.setId), eq(criteriaSets.regionCode, campaign.regionCode)))
    .limit(1);
  if (!set) throw new NotFound('没有这套评定标准');
  const indicators = await setIndicators(ctx.db, set.id);
  return {
    set,
    indicators,
    rule: setRuleOf(set, indicators),
    byCode: new Map(indicators.map((i) => [i.code, i])),
  };
};

export const scoresOf = (ctx: Ctx, ratingId: string): Promise<ScoreRowDb[]> =>
  ctx.db.select().from(ratingScores).where(eq(ratingScores.ratingId, ratingId));
