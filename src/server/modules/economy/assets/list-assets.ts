import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AssetFilters, AssetListQuery } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, scopeOf, underRegion, villageColumn } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { economyAssets } from '../tables';
import { selectAssets, toAssetView } from './asset-view';

// 集体资产 and 闲置资产盘活台账: living assets in the caller's scope by region, kind, state and
// words of the name or the village, a page at a time.

export const assetsWhere = (ctx: Ctx, f: AssetFilters): SQL | undefined => {
  const term = f.q?.trim();
  return and(
    inScope(economyAssets.regionCode, scopeOf(ctx.actor)),
    isNull(economyAssets.deletedAt),
    f.regionCode ? underRegion(economyAssets.regionCode, f.regionCode) : undefined,
    f.kind ? eq(economyAssets.kind, f.kind) : undefined,
    f.state ? eq(economyAssets.state, f.state) : undefined,
    f.idle ? inArray(economyAssets.state, ['idle', 'reviving', 'revived']) : undefined,
    term
      ? or(
          ilike(economyAssets.name, containsPattern(term)),
          ilike(regionNameOf(villageColumn(economyAssets.regionCode)), containsPattern(term)),
        )
      : undefined,
  );
};

const orderOf = (sort: AssetFilters['sort']) => {
  switch (sort) {
    case 'name':
      return [asc(economyAssets.name), asc(economyAssets.id)];
    case 'value':
      return [sql`${economyAssets.valueFen} desc nulls last`, asc(economyAssets.id)];
    case 'idleSince':
      return [sql`${economyAssets.idleSince} asc nulls last`, asc(economyAssets.id)];
    case 'revivedIncome':
      return [sql`${economyAssets.revivedIncomeFen} desc nulls last`, asc(economyAssets.id)];
    default:
      return [asc(economyAssets.regionCode), desc(economyAssets.createdAt), asc(economyAssets.id)];
  }
};

export const listAssets = async (ctx: Ctx, q: AssetListQuery) => {
  const where = assetsWhere(ctx, q);
  const [rows, [{ total }]] = await Promise.all([
    selectAssets(ctx)
      .where(where)
      .orderBy(...orderOf(q.sort))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(economyAssets).where(where),
  ]);
  return { items: rows.map(toAssetView), total: Number(total), page: q.page, pageSize: q.pageSize };
};
