import { sql } from 'drizzle-orm';
import { levelOfCode } from '../../../contracts/region-code';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { countyCodeOf, isInScope, scopeOf } from '../../platform/scope';

// Whose catalogue: the categories and service items belong to a county. Anyone reads their own
// county's; a caller above a county (a prefecture admin) names a region of it.

const LEVELS_IN_A_COUNTY = new Set(['county', 'township', 'village', 'group']);

/** The county whose catalogue the caller reads (the caller's own unless `regionCode` names one in scope). */
export const catalogueCounty = (ctx: Ctx, regionCode?: string): string => {
  const own = LEVELS_IN_A_COUNTY.has(levelOfCode(ctx.actor.scopeCode))
    ? countyCodeOf(ctx.actor.scopeCode)
    : null;
  if (!regionCode) {
    if (!own) throw invalidField('regionCode', '请选择县（市、区）');
    return own;
  }
  if (!LEVELS_IN_A_COUNTY.has(levelOfCode(regionCode)))
    throw invalidField('regionCode', '请选择县（市、区）或其下的区划');
  const county = countyCodeOf(regionCode);
  if (county !== own && !isInScope(regionCode, scopeOf(ctx.actor)))
    throw invalidField('regionCode', '所选区划不在您的管辖范围内');
  return county;
};

/** The county a county admin edits: their own. */
export const ownCounty = (ctx: Ctx): string => {
  if (levelOfCode(ctx.actor.scopeCode) !== 'county')
    throw invalidField('regionCode', '只有县级账号能维护本县的目录');
  return countyCodeOf(ctx.actor.scopeCode);
};

/** Serializes edits of one county's catalogue, so a code checked as free stays free until commit. */
export const lockCatalogue = (tx: Ctx, county: string, which: 'categories' | 'services') =>
  tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.events.${which}.${county}`}))`);
