import { and, asc, count, desc, eq, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CadreFilters, cadreListQuerySchema } from '../../../../contracts/api/assess-cadres';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { cadreAssessments as t } from '../tables';
import { toViews } from './view';

// 考核表: the year's rows in the caller's scope, filtered, sorted and paged on the server.

type Query = z.infer<typeof cadreListQuerySchema>;

export const cadreWhere = (ctx: Ctx, f: CadreFilters): SQL => {
  const c: (SQL | undefined)[] = [inScope(t.regionCode, scopeOf(ctx.actor)), eq(t.year, f.year)];
  if (f.township) c.push(underRegion(t.regionCode, f.township));
  if (f.village) c.push(underRegion(t.regionCode, f.village));
  if (f.kind) c.push(eq(t.kind, f.kind));
  if (f.grade === 'none') c.push(isNull(t.grade));
  else if (f.grade) c.push(eq(t.grade, f.grade));
  if (f.status) c.push(eq(t.status, f.status));
  if (f.q) c.push(ilike(t.name, containsPattern(f.q)));
  return and(...c) as SQL;
};

const GRADE_RANK = sql`case ${t.grade} when 'excellent' then 4 when 'competent' then 3 when 'basic' then 2 when 'incompetent' then 1 else 0 end`;
const KIND_RANK = sql`case ${t.kind} when 'first_secretary' then 0 when 'secretary' then 1 else 2 end`;

const orderOf = (q: Pick<Query, 'sort' | 'order'>): SQL[] => {
  const dir = q.order === 'desc' ? desc : asc;
  const tail = [asc(t.regionCode), KIND_RANK, asc(t.name), asc(t.id)];
  if (q.sort === 'name') return [dir(t.name), ...tail];
  if (q.sort === 'total')
    return [q.order === 'desc' ? sql`${t.total} desc nulls last` : sql`${t.total} asc nulls first`, ...tail];
  if (q.sort === 'grade')
    return [q.order === 'desc' ? sql`${GRADE_RANK} desc` : sql`${GRADE_RANK} asc`, ...tail];
  return q.order === 'desc' ? [desc(t.regionCode), KIND_RANK, asc(t.name), asc(t.id)] : tail;
};

export const listCadreAssessments = async (ctx: Ctx, q: Query) => {
  const where = cadreWhere(ctx, q);
  const rows = await ctx.db
    .select()
    .from(t)
    .where(where)
    .orderBy(...orderOf(q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await ctx.db.select({ total: count() }).from(t).where(where);
  return { items: await toViews(ctx, rows), total, page: q.page, pageSize: q.pageSize };
};
