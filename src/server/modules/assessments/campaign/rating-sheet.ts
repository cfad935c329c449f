import { count, eq } from 'drizzle-orm';
import type { RatingSheet } from '../../../../contracts/api/assess-campaign';
import { attachmentCounts } from '../../../platform/attachments/views';
import type { Ctx } from '../../../platform/context';
import { ancestorAt } from '../../../platform/scope';
import { availableActions } from '../../../platform/workflow/actions';
import { historyOf } from '../../../platform/workflow/history';
import { regionNames } from '../../regions/region-view';
import { maxTotal } from '../score';
import { ratingObjections } from '../tables';
import { scoreKind } from './kinds';
import { type CampaignRow, campaignOf, loadRating, type RatingRow, ruleOf, scoresOf } from './load';
import { actsForCounty, mayChangeEvidence } from './policy';
import { withLiveRecords } from './record-fill';
import { figureLabel } from './record-values';
import { totalsOf } from './totals';
import { ratingWorkflow } from './workflows';

// The scoring sheet of one village (GET /api/assess/ratings/:ratingId): every indicator with the
// village's and the township's values and points, the record values (read live while the village
// scores, frozen from submission on), the evidence, the totals and stars score.ts gives, the steps
// taken and the caller's actions.

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const sheetOf = async (
  ctx: Ctx,
  rating: RatingRow,
  known?: { campaign?: CampaignRow },
): Promise<RatingSheet> => {
  const campaign = known?.campaign ?? (await campaignOf(ctx, rating));
  const rule = await ruleOf(ctx, campaign);
  const stored = await scoresOf(ctx, rating.id);
  const scores =
    rating.status === 'self' && campaign.status === 'open'
      ? await withLiveRecords(ctx, rule, campaign, rating, stored)
      : stored;
  const byIndicator = new Map(scores.map((s) => [s.indicatorId, s]));
  const township = ancestorAt(rating.regionCode, 'township');
  const [names, files, history, actions, [{ objections }]] = await Promise.all([
    regionNames(ctx.db, [rating.regionCode, township]),
    attachmentCounts(
      ctx,
      scoreKind,
      scores.map((s) => s.id),
    ),
    historyOf(ctx, ratingWorkflow, rating.id),
    availableActions(ctx, ratingWorkflow, rating),
    ctx.db
      .select({ objections: count() })
      .from(ratingObjections)
      .where(eq(ratingObjections.ratingId, rating.id)),
  ]);
  const totals = totalsOf(rule, rating.status, scores);
  const editable = mayChangeEvidence(ctx.actor, rating, campaign);
  const states = ratingWorkflow.states;
  return {
    id: rating.id,
    campaignId: campaign.id,
    campaignName: campaign.name,
    campaignStatus: campaign.status,
    year: campaign.year,
    regionCode: rating.regionCode,
    villageName: names.get(rating.regionCode) ?? null,
    townshipName: names.get(township) ?? null,
    status: rating.status,
    statusLabel: states[rating.status],
    selfTotal: totals.selfTotal,
    reviewTotal: totals.reviewTotal,
    maxTotal: maxTotal(rule.rule),
    computedStars: totals.computedStars,
    stars: rating.stars,
    decisionReason: rating.decisionReason,
    capped: totals.current.capped,
    thresholds: rule.set.thresholds,
    byArea: totals.current.byArea,
    scores: rule.indicators.flatMap((indicator) => {
      const s = byIndicator.get(indicator.id);
      if (!s) return [];
      return [
        {
          id: s.id,
          indicatorId: indicator.id,
          code: indicator.code,
          area: indicator.area,
          areaName: indicator.areaName,
          name: indicator.name,
          description: indicator.description,
          method: indicator.method,
          maxPoints: indicator.maxPoints,
          tiers: indicator.tiers,
          evidenceText: indicator.evidence,
          evidenceRequired: indicator.evidenceRequired,
          source: indicator.source
            ? { figure: indicator.source.figure, label: figureLabel(indicator.source.figure) }
            : null,
          selfValue: s.selfValue,
          selfPoints: s.selfPoints,
          selfNote: s.selfNote,
          reviewValue: s.reviewValue,
          reviewPoints: s.reviewPoints,
          reviewReason: s.reviewReason,
          recordValue: s.recordValue,
          recordAt: iso(s.recordAt),
          links: s.links,
          attachments: files.get(s.id) ?? 0,
          editable,
        },
      ];
    }),
    submittedAt: iso(rating.submittedAt),
    reviewedAt: iso(rating.reviewedAt),
    decidedAt: iso(rating.decidedAt),
    history,
    actions,
    canReopen: actsForCounty(ctx.actor) && campaign.status === 'notice' && rating.status === 'decided',
    objections,
  };
};

export const getRatingSheet = async (ctx: Ctx, ratingId: string): Promise<RatingSheet> =>
  sheetOf(ctx, await loadRating(ctx, ratingId));
