import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { FlagFilters, FlagListQuery } from '../../../../contracts/api/assess-flags';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { householdIdsMatching } from '../../households/lookups';
import { regionNameOf } from '../../regions/region-view';
import { flagAwards, flagKinds } from '../tables';
import { awardViews, selectAwards } from './award-view';
import { visibleKinds } from './kinds-county';

// 红旗列表: the awards in the caller's scope by year, kind, level, status, township and words of
// the target's name (a household's number or head), a page at a time.

export const awardsWhere = (ctx: Ctx, f: FlagFilters): SQL | undefined => {
  const term = f.q?.trim();
  return and(
    inScope(flagAwards.regionCode, scopeOf(ctx.actor)),
    visibleKinds(ctx),
    f.year ? eq(flagAwards.year, f.year) : undefined,
    f.kindId ? eq(flagAwards.kindId, f.kindId) : undefined,
    f.level ? eq(flagKinds.level, f.level) : undefined,
    f.status ? eq(flagAwards.status, f.status) : undefined,
    f.township ? underRegion(flagAwards.regionCode, f.township) : undefined,
    term
      ? or(
          ilike(regionNameOf(flagAwards.regionCode), containsPattern(term)),
          inArray(flagAwards.householdId, householdIdsMatching(ctx, term)),
        )
      : undefined,
  );
};

const orderOf = (sort: FlagFilters['sort']) =>
  sort === 'target'
    ? [asc(flagAwards.regionCode), asc(flagKinds.sort), desc(flagAwards.year), asc(flagAwards.id)]
    : [desc(flagAwards.year), desc(flagAwards.createdAt), desc(flagAwards.id)];

export const listAwards = async (ctx: Ctx, q: FlagListQuery) => {
  const where = awardsWhere(ctx, q);
  const [rows, [{ total }]] = await Promise.all([
    selectAwards(ctx)
      .where(where)
      .orderBy(...orderOf(q.sort))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(flagAwards)
      .innerJoin(flagKinds, eq(flagKinds.id, flagAwards.kindId))
      .where(where),
  ]);
  return { items: await awardViews(ctx, rows), total: Number(total), page: q.page, pageSize: q.pageSize };
};
