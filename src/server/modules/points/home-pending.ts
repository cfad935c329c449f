import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { HomeEntry, HomePending } from '../../platform/modules/manifest';
import { inScope, scopeOf } from '../../platform/scope';
import { claimViews } from './claim-view';
import { proposesClaims, reviewsClaims } from './policy';
import { pointsClaims, pointsRules } from './tables';

// 工作台: the claims waiting on the caller. Approvers see the pending claims they may decide;
// proposers see the claims returned to them (with the reason) and their own still waiting.

const RETURNED_SHOWN = 5;

const countClaims = async (ctx: Ctx, where: SQL | undefined, join = false) => {
  const base = ctx.db.select({ n: count() }).from(pointsClaims);
  const [{ n }] = await (join
    ? base.innerJoin(pointsRules, eq(pointsRules.id, pointsClaims.ruleId)).where(where)
    : base.where(where));
  return Number(n);
};

const mine = (ctx: Ctx, status: 'pending' | 'returned') =>
  and(
    inScope(pointsClaims.regionCode, scopeOf(ctx.actor)),
    eq(pointsClaims.proposedBy, ctx.actor.userId),
    eq(pointsClaims.status, status),
  );

/** 待审核积分申报: pending claims in scope under rules whose approver roles include the caller's. */
export const claimsToReview = async (ctx: Ctx): Promise<HomePending> => ({
  key: 'points.review',
  label: { zh: '待审核积分申报', en: 'Claims to review' },
  count: await countClaims(
    ctx,
    and(
      inScope(pointsClaims.regionCode, scopeOf(ctx.actor)),
      eq(pointsClaims.status, 'pending'),
      // mayDecide in SQL: the rule's approver roles include the caller's.
      sql`${pointsRules.approverRoles} @> ${JSON.stringify([ctx.actor.role])}::jsonb`,
    ),
    true,
  ),
  path: '/points-review',
});

/** 被退回的申报: claims the caller proposed that came back, the latest few with their reasons. */
export const returnedClaims = async (ctx: Ctx): Promise<HomePending> => {
  const where = mine(ctx, 'returned');
  const [total, rows] = await Promise.all([
    countClaims(ctx, where),
    ctx.db
      .select()
      .from(pointsClaims)
      .where(where)
      .orderBy(desc(pointsClaims.decidedAt), desc(pointsClaims.id))
      .limit(RETURNED_SHOWN),
  ]);
  const entries: HomeEntry[] = (await claimViews(ctx, rows)).map((c) => ({
    id: c.id,
    title: `${c.holderName} ${c.ruleName}`,
    reason: c.reason,
    path: '/points-mine',
    at: c.decidedAt,
  }));
  return {
    key: 'points.returned',
    label: { zh: '被退回的申报', en: 'Returned claims' },
    count: total,
    path: '/points-mine',
    entries,
  };
};

/** 我的待审核申报: claims the caller proposed that still wait for a decision. */
export const waitingClaims = async (ctx: Ctx): Promise<HomePending> => ({
  key: 'points.waiting',
  label: { zh: '我的待审核申报', en: 'My claims awaiting review' },
  count: await countClaims(ctx, mine(ctx, 'pending')),
  path: '/points-mine',
});

/** What waits on the caller's home page from points, by what the caller's role may do. */
export const pointsHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  const items: HomePending[] = [];
  if (reviewsClaims(ctx.actor)) items.push(await claimsToReview(ctx));
  if (proposesClaims(ctx.actor)) items.push(await returnedClaims(ctx), await waitingClaims(ctx));
  return items;
};
