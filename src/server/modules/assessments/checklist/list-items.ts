import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { catalogueCounty } from '../../events/catalogue-county';
import { checklistItems } from '../tables';
import { itemView } from './item-view';
import { mayEditCatalogue } from './policy';

/** 十有五化 items of the caller's county in the county's order; stopped ones only for the county's editor. */
export const listItems = async (ctx: Ctx, query: { regionCode?: string; includeInactive?: boolean }) => {
  const county = catalogueCounty(ctx, query.regionCode);
  const all = query.includeInactive === true && mayEditCatalogue(ctx.actor.role);
  const rows = await ctx.db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.regionCode, county), all ? undefined : eq(checklistItems.active, true)))
    .orderBy(asc(checklistItems.sort), asc(checklistItems.code));
  return rows.map((r) => itemView(r));
};
