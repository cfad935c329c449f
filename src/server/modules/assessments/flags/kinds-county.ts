import { eq, type SQL } from 'drizzle-orm';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { countyCodeOf, inScope, isInScope, scopeOf } from '../../../platform/scope';
import { flagKinds } from '../tables';

// Whose flag kinds: each county keeps its own catalogue. Callers in a county read their county's;
// a caller above counties (a prefecture) names a region of one, or sees every county's in lists.

const IN_A_COUNTY = new Set(['county', 'township', 'village', 'group']);

/** The caller's own county, or null above counties. */
export const ownFlagCounty = (ctx: Ctx): string | null =>
  IN_A_COUNTY.has(levelOfCode(ctx.actor.scopeCode)) ? countyCodeOf(ctx.actor.scopeCode) : null;

/** The county whose catalogue the caller reads (its own unless `regionCode` names one in scope). */
export const flagCounty = (ctx: Ctx, regionCode?: string): string => {
  if (!regionCode) {
    const own = ownFlagCounty(ctx);
    if (!own) throw invalidField('regionCode', '请选择县（市、区）');
    return own;
  }
  if (!IN_A_COUNTY.has(levelOfCode(regionCode)) || !isInScope(regionCode, scopeOf(ctx.actor)))
    throw invalidField('regionCode', '所选区划不在您的管辖范围内');
  return countyCodeOf(regionCode);
};

/** The kinds a caller's lists and counts cover: its county's, or every county's in its scope. */
export const visibleKinds = (ctx: Ctx): SQL => {
  const own = ownFlagCounty(ctx);
  return own ? eq(flagKinds.regionCode, own) : inScope(flagKinds.regionCode, scopeOf(ctx.actor));
};
