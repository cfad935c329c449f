import { and, asc, count, desc, ilike, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PlanListQuery } from '../../../../contracts/api/economy-plans';
import { toFullCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { escapeLike } from '../../../platform/db/like';
import { assertInScope, getInScope, inScope, scopeOf, underRegion } from '../../../platform/scope';
import { regionCodesNamedLike } from '../../regions/region-view';
import { economyPlans } from '../tables';
import { toPlanViews } from './plan-view';

// 一村一方案 list: the plans of the villages in scope, by region, year covered, title or village name.

export const listPlans = async (ctx: Ctx, q: PlanListQuery) => {
  const scope = scopeOf(ctx.actor);
  if (q.regionCode) assertInScope(toFullCode(q.regionCode), scope);
  const like = q.q ? `%${escapeLike(q.q)}%` : null;
  const where = and(
    inScope(economyPlans.regionCode, scope),
    q.regionCode ? underRegion(economyPlans.regionCode, toFullCode(q.regionCode)) : undefined,
    q.deleted === 'true' ? isNotNull(economyPlans.deletedAt) : isNull(economyPlans.deletedAt),
    q.year ? sql`${economyPlans.startYear} <= ${q.year} and ${economyPlans.endYear} >= ${q.year}` : undefined,
    like
      ? (sql`(${ilike(economyPlans.title, like)} or ${economyPlans.regionCode} in ${regionCodesNamedLike(like)})` as SQL)
      : undefined,
  );
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(economyPlans).where(where),
    ctx.db
      .select()
      .from(economyPlans)
      .where(where)
      .orderBy(asc(economyPlans.regionCode), desc(economyPlans.startYear), asc(economyPlans.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  ]);
  return { items: await toPlanViews(ctx, rows), total: n, page: q.page, pageSize: q.pageSize };
};

export const getPlan = async (ctx: Ctx, planId: string) =>
  (await toPlanViews(ctx, [await getInScope(ctx.db, economyPlans, planId, scopeOf(ctx.actor))]))[0];
