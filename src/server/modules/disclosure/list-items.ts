import { and, asc, count, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { ItemListQuery } from '../../../contracts/api/disclosure';
import type { Ctx } from '../../platform/context';
import { containsPattern } from '../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { regionCodesNamedLike } from '../regions/region-view';
import { itemRows } from './item-view';
import { disclosureItems } from './tables';

// 公开事项台账: the items in the caller's scope by village, kind, status, year and words of the
// title, period or village name, sorted and paged on the server.

const d = disclosureItems;

const SORTS: Record<ItemListQuery['sort'], SQL[]> = {
  recent: [desc(d.updatedAt), asc(d.id)],
  region: [asc(d.regionCode), desc(d.year), asc(d.id)],
  period: [desc(d.year), asc(d.period), asc(d.regionCode), asc(d.id)],
};

export const itemWhere = (
  ctx: Ctx,
  q: Omit<ItemListQuery, 'page' | 'pageSize' | 'sort'>,
): SQL | undefined => {
  const words = q.q ? containsPattern(q.q) : null;
  return and(
    inScope(d.regionCode, scopeOf(ctx.actor)),
    isNull(d.deletedAt),
    q.regionCode ? underRegion(d.regionCode, q.regionCode) : undefined,
    q.kindId ? eq(d.kindId, q.kindId) : undefined,
    q.status ? eq(d.status, q.status) : undefined,
    q.year ? eq(d.year, q.year) : undefined,
    words
      ? or(
          ilike(d.title, words),
          ilike(d.period, words),
          sql`${d.regionCode} in ${regionCodesNamedLike(words)}`,
        )
      : undefined,
  );
};

export const listItems = async (ctx: Ctx, q: ItemListQuery) => {
  const where = itemWhere(ctx, q);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(d)
      .where(where)
      .orderBy(...SORTS[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: count() }).from(d).where(where),
  ]);
  return { items: await itemRows(ctx, rows), total, page: q.page, pageSize: q.pageSize };
};
