import { and, count, eq, ne, sql } from 'drizzle-orm';
import { attachmentCounts } from '../../../platform/attachments/views';
import { newId } from '../../../platform/auth/session';
import type { Ctx } from '../../../platform/context';
import { Conflict, invalidField } from '../../../platform/errors';
import { defineWorkflow } from '../../../platform/workflow/define';
import {
  type CampaignStatus,
  type RatingStatus,
  ratingCampaigns,
  ratingObjections,
  villageRatings,
  villageStars,
} from '../tables';
import { campaignKind, ratingKind, scoreKind } from './kinds';
import { type CampaignRow, campaignOf, type RatingRow, ruleOf, scoresOf } from './load';
import {
  actsForCounty,
  actsForTownship,
  actsForVillage,
  capProblem,
  decisionNeedsReason,
  noticeProblem,
  publishProblem,
  reviewNeedsReason,
  submitProblem,
} from './policy';
import { fillFromRecords } from './record-fill';
import { storeTotals } from './totals';

// The two workflows of 星级评定 (docs/assessments.md §2), on platform/workflow:
// a village's rating  self —submit→ township —approve→ county —decide→ decided, with `return`
// one level down (reason) and `reopen` decided → county during 公示 when an objection is upheld;
// the county's campaign  open —startNotice→ notice —publish→ published.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Only while the campaign is open do ratings move (reopen: only during 公示). */
const campaignIs = async (ctx: Ctx, rating: RatingRow, status: CampaignStatus) =>
  (await campaignOf(ctx, rating)).status === status;

export const evidenceByScore = async (ctx: Ctx, scores: { id: string; links: unknown[] }[]) => {
  const files = await attachmentCounts(
    ctx,
    scoreKind,
    scores.map((s) => s.id),
  );
  return new Map(scores.map((s) => [s.id, (files.get(s.id) ?? 0) + s.links.length]));
};

export const ratingWorkflow = defineWorkflow<RatingStatus, RatingRow>({
  kind: ratingKind,
  auditPrefix: 'assessments.rating',
  noun: '星级评定',
  table: villageRatings,
  stateColumn: villageRatings.status,
  stateKey: 'status',
  states: {
    self: { zh: '村自评', en: 'Self-assessment' },
    township: { zh: '乡镇审核', en: 'Township review' },
    county: { zh: '县级审定', en: 'County decision' },
    decided: { zh: '已审定', en: 'Decided' },
  },
  transitions: {
    submit: {
      from: ['self'],
      to: 'township',
      label: { zh: '提交自评', en: 'Submit' },
      allowed: async (ctx, r) => actsForVillage(ctx.actor) && (await campaignIs(ctx, r, 'open')),
      effect: async (tx, rating) => {
        const campaign = await campaignOf(tx, rating);
        const rule = await ruleOf(tx, campaign);
        // Frozen: the record-filled indicators keep the figures read now.
        const scores = await fillFromRecords(
          tx,
          rule,
          campaign,
          rating,
          await scoresOf(tx, rating.id),
          'self',
        );
        const evidence = await evidenceByScore(tx, scores);
        const problem = submitProblem(
          scores.map((s) => {
            const indicator = rule.byCode.get(s.indicatorCode);
            return {
              code: s.indicatorCode,
              fromRecords: !!indicator?.source,
              selfValue: s.selfValue,
              evidenceRequired: !!indicator?.evidenceRequired,
              evidence: evidence.get(s.id) ?? 0,
            };
          }),
        );
        if (problem) throw new Conflict(problem);
        const totals = await storeTotals(tx, rule, { ...rating, status: 'township' }, scores);
        return {
          set: {
            submittedAt: new Date(),
            selfTotal: totals.selfTotal,
            reviewTotal: totals.reviewTotal,
            computedStars: totals.computedStars,
          },
          data: { selfTotal: totals.selfTotal },
        };
      },
    },
    approve: {
      from: ['township'],
      to: 'county',
      label: { zh: '审核通过', en: 'Approve' },
      allowed: async (ctx, r) => actsForTownship(ctx.actor) && (await campaignIs(ctx, r, 'open')),
      effect: async (tx, rating) => {
        const scores = await scoresOf(tx, rating.id);
        const bare = scores
          .filter((s) => reviewNeedsReason(s.selfValue, s.reviewValue) && !s.reviewReason?.trim())
          .map((s) => s.indicatorCode);
        if (bare.length) throw new Conflict(`以下指标调整了分值但未写理由：${bare.join('、')}`);
        const rule = await ruleOf(tx, await campaignOf(tx, rating));
        const totals = await storeTotals(tx, rule, rating, scores);
        return {
          set: {
            reviewedAt: new Date(),
            reviewTotal: totals.reviewTotal,
            computedStars: totals.computedStars,
          },
          data: { reviewTotal: totals.reviewTotal, computedStars: totals.computedStars },
        };
      },
    },
    return: {
      from: ['township', 'county'],
      to: 'self',
      alsoTo: ['township'],
      label: { zh: '退回', en: 'Return' },
      needs: { reason: true },
      allowed: async (ctx, r) =>
        (r.status === 'township' ? actsForTownship(ctx.actor) : actsForCounty(ctx.actor)) &&
        (await campaignIs(ctx, r, 'open')),
      effect: async (_tx, rating) => ({ to: rating.status === 'county' ? 'township' : 'self' }),
    },
    decide: {
      from: ['county'],
      to: 'decided',
      label: { zh: '审定星级', en: 'Decide' },
      needs: { rating: true },
      allowed: async (ctx, r) =>
        actsForCounty(ctx.actor) &&
        ((await campaignIs(ctx, r, 'open')) || (await campaignIs(ctx, r, 'notice'))),
      effect: async (tx, rating, input) => {
        const stars = input.rating!;
        if (decisionNeedsReason(rating.computedStars, stars) && !input.reason?.trim())
          throw invalidField(
            'reason',
            `审定星级（${stars} 星）与得分对应星级（${rating.computedStars} 星）不同，请写明理由`,
          );
        const campaign = await campaignOf(tx, rating);
        const rule = await ruleOf(tx, campaign);
        if (rule.rule.rules.caps) {
          const [{ rated, same }] = await tx.db
            .select({
              rated: count(),
              same: sql<number>`count(*) filter (where ${villageRatings.status} = 'decided' and ${villageRatings.stars} = ${stars} and ${villageRatings.id} <> ${rating.id})::int`,
            })
            .from(villageRatings)
            .where(eq(villageRatings.campaignId, rating.campaignId));
          const problem = capProblem(rule.rule.rules.caps, stars, same, rated);
          if (problem) throw new Conflict(problem);
        }
        return {
          set: { stars, decisionReason: input.reason?.trim() || null, decidedAt: new Date() },
          data: { stars, computedStars: rating.computedStars },
        };
      },
    },
    reopen: {
      from: ['decided'],
      to: 'county',
      label: { zh: '重新审定', en: 'Reopen' },
      needs: { reason: true },
      allowed: async (ctx, r) => actsForCounty(ctx.actor) && (await campaignIs(ctx, r, 'notice')),
      effect: async () => ({ set: { stars: null, decidedAt: null } }),
    },
  },
});

/** Ratings of the campaign not decided (yet, or again after an upheld objection). */
export const undecidedCount = async (ctx: Ctx, campaignId: string): Promise<number> => {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(villageRatings)
    .where(and(eq(villageRatings.campaignId, campaignId), ne(villageRatings.status, 'decided')));
  return n;
};

export const openObjectionCount = async (ctx: Ctx, campaignId: string): Promise<number> => {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(ratingObjections)
    .where(and(eq(ratingObjections.campaignId, campaignId), eq(ratingObjections.status, 'open')));
  return n;
};

/** Why publish waits now (for the campaign page), or null. */
export const publishBlocked = async (ctx: Ctx, campaign: CampaignRow, now = new Date()) =>
  campaign.status !== 'notice'
    ? null
    : publishProblem(
        campaign,
        await openObjectionCount(ctx, campaign.id),
        await undecidedCount(ctx, campaign.id),
        now,
      );

export const campaignWorkflow = defineWorkflow<CampaignStatus, CampaignRow>({
  kind: campaignKind,
  auditPrefix: 'assessments.campaign',
  noun: '星级评定',
  table: ratingCampaigns,
  stateColumn: ratingCampaigns.status,
  stateKey: 'status',
  states: {
    open: { zh: '评定中', en: 'Open' },
    notice: { zh: '公示中', en: 'Public notice' },
    published: { zh: '已发布', en: 'Published' },
  },
  transitions: {
    startNotice: {
      from: ['open'],
      to: 'notice',
      label: { zh: '开始公示', en: 'Start public notice' },
      allowed: (ctx) => actsForCounty(ctx.actor),
      effect: async (tx, campaign) => {
        const problem = noticeProblem(campaign, await undecidedCount(tx, campaign.id));
        if (problem) throw new Conflict(problem);
        const now = new Date();
        const ends = new Date(now.getTime() + campaign.noticeDays * DAY_MS);
        return {
          set: { noticeStartedAt: now, noticeEndsAt: ends },
          data: { noticeEndsAt: ends.toISOString() },
        };
      },
    },
    publish: {
      from: ['notice'],
      to: 'published',
      label: { zh: '发布结果', en: 'Publish' },
      allowed: (ctx) => actsForCounty(ctx.actor),
      effect: async (tx, campaign) => {
        const now = new Date();
        const problem = publishProblem(
          campaign,
          await openObjectionCount(tx, campaign.id),
          await undecidedCount(tx, campaign.id),
          now,
        );
        if (problem) throw new Conflict(problem);
        const decided = await tx.db
          .select({
            id: villageRatings.id,
            regionCode: villageRatings.regionCode,
            stars: villageRatings.stars,
          })
          .from(villageRatings)
          .where(eq(villageRatings.campaignId, campaign.id));
        for (let i = 0; i < decided.length; i += 500)
          await tx.db.insert(villageStars).values(
            decided.slice(i, i + 500).map((r) => ({
              id: newId(),
              regionCode: r.regionCode,
              year: campaign.year,
              stars: r.stars ?? 1,
              source: 'campaign' as const,
              campaignId: campaign.id,
              ratingId: r.id,
              effectiveAt: now,
              createdBy: tx.actor.userId,
            })),
          );
        return { set: { publishedAt: now }, data: { villages: decided.length } };
      },
    },
  },
});
