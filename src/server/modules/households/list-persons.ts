import { asc, count, desc } from 'drizzle-orm';
import type { ListPersonsQuery } from '../../../contracts/api/households';
import type { Ctx } from '../../platform/context';
import { toPersonView } from './person-view';
import { personWhere } from './search';
import { persons } from './tables';

const SORT = { name: persons.name, birthDate: persons.birthDate, createdAt: persons.createdAt } as const;

/** 人员列表: the same filters and search box as the household list, one row per person. */
export const listPersons = async (ctx: Ctx, query: ListPersonsQuery) => {
  const where = personWhere(ctx, query);
  const order = query.order === 'asc' ? asc : desc;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(persons)
      .where(where)
      .orderBy(order(SORT[query.sort]), asc(persons.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(persons).where(where),
  ]);
  return {
    items: rows.map((p) => toPersonView(ctx.pii, p)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
};
