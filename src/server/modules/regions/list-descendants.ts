import { and, asc, eq } from 'drizzle-orm';
import type { RegionLevel } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { assertInScope, scopeOf, underRegion } from '../../platform/scope';
import { regions } from './tables';

/** Every region of one level below a region (all villages of a county, …), for pickers and reports. */
export const listDescendants = async (ctx: Ctx, code: string, level: RegionLevel) => {
  assertInScope(code, scopeOf(ctx.actor));
  return { items: await descendantsOf(ctx.db, code, level) };
};

export const descendantsOf = (db: Db, code: string, level: RegionLevel) =>
  db
    .select({
      code: regions.code,
      parentCode: regions.parentCode,
      level: regions.level,
      name: regions.name,
      initials: regions.initials,
    })
    .from(regions)
    .where(and(underRegion(regions.code, code), eq(regions.level, level)))
    .orderBy(asc(regions.code));
