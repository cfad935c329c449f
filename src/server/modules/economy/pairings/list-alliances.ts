import { and, asc, count, ilike, isNull, or } from 'drizzle-orm';
import type { AllianceListQuery } from '../../../../contracts/api/economy-pairings';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { economyAlliances as al } from '../tables';
import { visibleAlliances } from './alliance-load';
import { defaultYear, toAllianceViews } from './alliance-view';

// 产业联盟 list: the alliances the caller sees, by name or industry, with member count and the
// members' income of the year.

export const listAlliances = async (ctx: Ctx, query: AllianceListQuery) => {
  const where = and(
    isNull(al.deletedAt),
    visibleAlliances(ctx),
    query.q
      ? or(ilike(al.name, containsPattern(query.q)), ilike(al.industry, containsPattern(query.q)))
      : undefined,
  );
  const [{ total }] = await ctx.db.select({ total: count() }).from(al).where(where);
  const rows = await ctx.db
    .select()
    .from(al)
    .where(where)
    .orderBy(asc(al.regionCode), asc(al.name), asc(al.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = await toAllianceViews(ctx, rows, query.year ?? defaultYear());
  return { items, total, page: query.page, pageSize: query.pageSize };
};
