import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { householdIdsMatching } from '../households/lookups';
import { memberIdsNamed } from '../members/lookups';
import { accountViews, currentYear } from './accounts';
import { type PointsSystem, pointsAccounts } from './tables';

// Reading accounts and their ledgers, and the one correction there is: a reversing entry.

export const listAccounts = async (
  ctx: Ctx,
  q: {
    system: PointsSystem;
    regionCode?: string;
    q?: string;
    sort: 'balance' | 'name';
    page: number;
    pageSize: number;
  },
) => {
  const where = and(
    eq(pointsAccounts.system, q.system),
    inScope(pointsAccounts.regionCode, scopeOf(ctx.actor)),
    q.regionCode ? underRegion(pointsAccounts.regionCode, q.regionCode) : undefined,
    q.q
      ? inArray(
          pointsAccounts.holderId,
          q.system === 'member' ? memberIdsNamed(ctx, q.q) : householdIdsMatching(ctx, q.q),
        )
      : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsAccounts)
      .where(where)
      .orderBy(
        q.sort === 'balance' ? desc(pointsAccounts.balance) : asc(pointsAccounts.createdAt),
        asc(pointsAccounts.id),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsAccounts).where(where),
  ]);
  const items = await accountViews(ctx, rows, currentYear());
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
};
