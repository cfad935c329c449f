import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { ListVisitsQuery, VisitListItem } from '../../../../contracts/api/visits';
import type { Ctx } from '../../../platform/context';
import { underRegion } from '../../../platform/scope';
import { householdIdsMatching } from '../../households/lookups';
import { visitRecords as t } from '../tables';
import { countVisits, selectVisits, toListItems } from './visit-view';

// 走访记录: visits of the caller's scope, filtered (region, household, dates, household number or
// head's name, with problems), sorted and paged on the server.

type Filters = Omit<ListVisitsQuery, 'page' | 'pageSize' | 'sort'>;

export const visitWhere = (ctx: Ctx, f: Filters): SQL => {
  const c: (SQL | undefined)[] = [isNull(t.deletedAt)];
  if (f.regionCode) c.push(underRegion(t.regionCode, f.regionCode));
  if (f.householdId) c.push(eq(t.householdId, f.householdId));
  if (f.from) c.push(gte(t.visitedOn, f.from));
  if (f.to) c.push(lte(t.visitedOn, f.to));
  if (f.q) c.push(inArray(t.householdId, householdIdsMatching(ctx, f.q)));
  if (f.withProblems === true) c.push(gt(t.problemCount, 0));
  if (f.withProblems === false) c.push(eq(t.problemCount, 0));
  return and(...c) as SQL;
};

const ORDERS: Record<ListVisitsQuery['sort'], SQL[]> = {
  visitedOn: [asc(t.visitedOn), asc(t.createdAt)],
  '-visitedOn': [desc(t.visitedOn), desc(t.createdAt)],
  problemCount: [asc(t.problemCount), desc(t.visitedOn)],
  '-problemCount': [desc(t.problemCount), desc(t.visitedOn)],
};

export const listVisits = async (
  ctx: Ctx,
  q: ListVisitsQuery,
): Promise<{ items: VisitListItem[]; total: number; page: number; pageSize: number }> => {
  const where = visitWhere(ctx, q);
  const [rows, total] = await Promise.all([
    selectVisits(ctx, where)
      .orderBy(...ORDERS[q.sort], asc(t.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    countVisits(ctx, where),
  ]);
  return { items: await toListItems(ctx, rows), total, page: q.page, pageSize: q.pageSize };
};
