import { and, asc, eq } from 'drizzle-orm';
import type { ReportContext, ReportPlace } from '../../../contracts/api/events-report';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { countyCodeOf } from '../../platform/scope';
import { gridSummaries } from '../grids/lookups';
import { householdSummaries } from '../households/lookups';
import { regionNames } from '../regions/region-view';
import { type Place, placeOf } from './create-event';
import { eventCategories } from './tables';

// 上报页的准备: the county's active categories (with what each report must carry and whether it
// is urgent) and where the caller's report will be filed, so the page can say "上报到：某某村 第3网格".

/** Where a report without a chosen place would go; null for an account above a village. */
export const defaultPlace = async (ctx: Ctx): Promise<Place | null> => {
  try {
    return await placeOf(ctx, { categoryId: '', description: '' });
  } catch (error) {
    if (error instanceof AppError && error.status === 422) return null;
    throw error;
  }
};

const placeView = async (ctx: Ctx, place: Place): Promise<ReportPlace> => {
  const [names, grids, homes] = await Promise.all([
    regionNames(ctx.db, [place.regionCode]),
    gridSummaries(ctx, place.gridId ? [place.gridId] : []),
    householdSummaries(ctx, place.householdId ? [place.householdId] : []),
  ]);
  return {
    regionCode: place.regionCode,
    regionName: names.get(place.regionCode) ?? null,
    gridId: place.gridId,
    gridName: (place.gridId && grids.get(place.gridId)?.name) || null,
    householdId: place.householdId,
    householdNo: (place.householdId && homes.get(place.householdId)?.householdNo) || null,
  };
};

export const reportContext = async (ctx: Ctx): Promise<ReportContext> => {
  const categories = await ctx.db
    .select({
      id: eventCategories.id,
      code: eventCategories.code,
      name: eventCategories.name,
      description: eventCategories.description,
      requiredFields: eventCategories.requiredFields,
      urgent: eventCategories.urgent,
    })
    .from(eventCategories)
    .where(
      and(
        eq(eventCategories.regionCode, countyCodeOf(ctx.actor.scopeCode)),
        eq(eventCategories.active, true),
      ),
    )
    .orderBy(asc(eventCategories.sort), asc(eventCategories.code));
  const place = await defaultPlace(ctx);
  return { categories, place: place ? await placeView(ctx, place) : null };
};
