import { and, asc, eq } from 'drizzle-orm';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { catalogueCounty } from './catalogue-county';
import { serviceItemViews } from './service-item-view';
import { serviceItems } from './tables';

/** 服务清单 of the caller's county, by domain and order; stopped items only for the county admin's editor. */
export const listServiceItems = async (
  ctx: Ctx,
  query: { regionCode?: string; includeInactive?: boolean },
) => {
  const county = catalogueCounty(ctx, query.regionCode);
  const all = query.includeInactive === true && can(ctx.actor.role, 'events.catalogue');
  const rows = await ctx.db
    .select()
    .from(serviceItems)
    .where(and(eq(serviceItems.regionCode, county), all ? undefined : eq(serviceItems.active, true)))
    .orderBy(asc(serviceItems.sort), asc(serviceItems.code));
  return serviceItemViews(ctx.db, rows);
};
