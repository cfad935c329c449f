import { and, asc, count, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { PairingListQuery } from '../../../../contracts/api/economy-pairings';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { eitherInScope, regionScope, scopeOf } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { economyPairings as p } from '../tables';
import { toPairingViews } from './pairing-view';

// 强村带弱村 list: the pairings where either village lies in the caller's scope (and, with
// `regionCode`, under that region), by status and village name, newest first by default.

const ORDER: Record<PairingListQuery['sort'], SQL[]> = {
  startYear: [asc(p.startYear), asc(p.regionCode)],
  '-startYear': [desc(p.startYear), asc(p.regionCode)],
  weak: [asc(p.regionCode), desc(p.startYear)],
};

export const listPairings = async (ctx: Ctx, query: PairingListQuery) => {
  const where = and(
    isNull(p.deletedAt),
    eitherInScope(p.regionCode, p.strongCode, scopeOf(ctx.actor)),
    query.regionCode ? eitherInScope(p.regionCode, p.strongCode, regionScope(query.regionCode)) : undefined,
    query.status ? eq(p.status, query.status) : undefined,
    query.q
      ? or(
          ilike(regionNameOf(p.regionCode), containsPattern(query.q)),
          ilike(regionNameOf(p.strongCode), containsPattern(query.q)),
        )
      : undefined,
  );
  const [{ total }] = await ctx.db.select({ total: count() }).from(p).where(where);
  const rows = await ctx.db
    .select()
    .from(p)
    .where(where)
    .orderBy(...ORDER[query.sort], asc(p.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: await toPairingViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
