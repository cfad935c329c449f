import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { Conflict, NotFound } from '../../platform/errors';
import { countyScope, getInScope, inScope, scopeOf } from '../../platform/scope';
import { households, persons } from './tables';

// Single records, always through the scope: NotFound outside it. Deleted records load only
// when asked (restore, and the profile of a deleted household).

export const loadHousehold = async (
  ctx: Ctx,
  id: string,
  o: { forUpdate?: boolean; deleted?: boolean } = {},
) => {
  const row = await getInScope(ctx.db, households, id, scopeOf(ctx.actor), o);
  if (!o.deleted && row.deletedAt) throw new NotFound('农户不存在或已删除');
  return row;
};

export const loadPerson = async (
  ctx: Ctx,
  id: string,
  o: { forUpdate?: boolean; deleted?: boolean } = {},
) => {
  const row = await getInScope(ctx.db, persons, id, scopeOf(ctx.actor), o);
  if (!o.deleted && row.deletedAt) throw new NotFound('人员不存在或已删除');
  return row;
};

/** 户编号 is unique among living households of one county (the county's 防返贫 numbering). */
export const assertHouseholdNoFree = async (
  ctx: Ctx,
  regionCode: string,
  householdNo: string,
  exceptId?: string,
) => {
  const [taken] = await ctx.db
    .select({ id: households.id })
    .from(households)
    .where(
      and(
        inScope(households.regionCode, countyScope(regionCode)),
        eq(households.householdNo, householdNo),
        isNull(households.deletedAt),
        exceptId ? ne(households.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken)
    throw new Conflict('户编号已存在', [{ path: 'householdNo', message: '本县已有相同户编号的农户' }]);
};
