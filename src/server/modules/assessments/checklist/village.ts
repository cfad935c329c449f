import { and, asc, eq } from 'drizzle-orm';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { assertInScope, countyCodeOf, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { checklistItems } from '../tables';

// The village of a checklist route: a village in the caller's scope that exists (404 otherwise,
// so an outsider learns nothing), and its county's active items.

export const villageInScope = async (ctx: Ctx, code: string): Promise<string> => {
  assertInScope(code, scopeOf(ctx.actor));
  if (code.length !== 12 || levelOfCode(code) !== 'village') throw new NotFound('没有这个村');
  const name = (await regionNames(ctx.db, [code])).get(code);
  if (!name) throw new NotFound('没有这个村');
  return name;
};

/** The active items of the village's county, in the county's order. */
export const activeItemsOf = (ctx: Ctx, village: string) =>
  ctx.db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.regionCode, countyCodeOf(village)), eq(checklistItems.active, true)))
    .orderBy(asc(checklistItems.sort), asc(checklistItems.code));
