import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { inScope, regionAtLevel, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { cadreAssessments as t } from '../tables';

// 等次统计: per township of the caller's scope, how many cadres got each grade in the year, how
// many grades the 一票赞成 gave (T: 2,158 cadres got a first-class award this way) and how many
// rows the county has confirmed.

const n = (cond: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${cond}))::int`;

export const gradeCounts = async (ctx: Ctx, year: number) => {
  const township = regionAtLevel(t.regionCode, 'township');
  const rows = await ctx.db
    .select({
      townshipCode: township,
      total: sql<number>`count(*)::int`,
      excellent: n(sql`${t.grade} = 'excellent'`),
      competent: n(sql`${t.grade} = 'competent'`),
      basic: n(sql`${t.grade} = 'basic'`),
      incompetent: n(sql`${t.grade} = 'incompetent'`),
      ungraded: n(sql`${t.grade} is null`),
      byApproveVote: n(sql`${t.vote} = 'approve' and ${t.gradeByVote}`),
      confirmed: n(sql`${t.status} = 'confirmed'`),
    })
    .from(t)
    .where(and(inScope(t.regionCode, scopeOf(ctx.actor)), eq(t.year, year)))
    .groupBy(township)
    .orderBy(township);
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.townshipCode),
  );
  return rows.map((r) => ({ ...r, townshipName: names.get(r.townshipCode) ?? r.townshipCode }));
};
