import { and, desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { type ClaimRow, claimViews } from './claim-view';
import { seesOwnClaimsOnly } from './policy';
import { pointsClaims } from './tables';

/**
 * 积分申报 in scope, newest first: the review queue by status, or with `mine` the caller's own
 * proposals in any status (我的申报). A party member sees only their own in any case.
 */
export const listClaims = async (
  ctx: Ctx,
  q: {
    system?: 'member' | 'civil';
    status?: ClaimRow['status'];
    regionCode?: string;
    accountId?: string;
    mine?: boolean;
    page: number;
    pageSize: number;
  },
) => {
  const ownOnly = q.mine || seesOwnClaimsOnly(ctx.actor);
  const where = and(
    inScope(pointsClaims.regionCode, scopeOf(ctx.actor)),
    q.system ? eq(pointsClaims.system, q.system) : undefined,
    q.status ? eq(pointsClaims.status, q.status) : undefined,
    q.regionCode ? underRegion(pointsClaims.regionCode, q.regionCode) : undefined,
    q.accountId ? eq(pointsClaims.accountId, q.accountId) : undefined,
    ownOnly ? eq(pointsClaims.proposedBy, ctx.actor.userId) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsClaims)
      .where(where)
      .orderBy(desc(pointsClaims.proposedAt), desc(pointsClaims.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsClaims).where(where),
  ]);
  return { items: await claimViews(ctx, rows), total: Number(total), page: q.page, pageSize: q.pageSize };
};
