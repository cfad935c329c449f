import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { ToursView, TourView } from '../../../../contracts/api/visits-contacts';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { secretaryTours } from '../tables';
import type { TourRow } from './load';
import { beijingToday, mayEditTour } from './policy';

// 书记拉练 by year: the tours with their places, how many in each quarter, the quarters already
// begun without one (one a quarter is the rule of thumb) and the villages toured.

export const toTourViews = async (ctx: Ctx, rows: TourRow[]): Promise<TourView[]> => {
  const codes = rows.flatMap((r) => [
    r.regionCode,
    ...r.places.flatMap((p) => (p.regionCode ? [p.regionCode] : [])),
  ]);
  const names = await regionNames(ctx.db, codes);
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    year: r.year,
    quarter: r.quarter,
    theme: r.theme,
    heldOn: r.heldOn,
    places: r.places.map((p) => ({
      regionCode: p.regionCode ?? null,
      regionName: p.regionCode ? (names.get(p.regionCode) ?? null) : null,
      name: p.name,
      note: p.note ?? null,
    })),
    participants: r.participants,
    notes: r.notes,
    deleted: r.deletedAt !== null,
    editable: mayEditTour(ctx.actor, r),
  }));
};

/** Quarters of `year` that have begun by `today`, without a tour. */
export const missingQuarters = (year: number, counts: number[], today = beijingToday()): number[] => {
  const thisYear = Number(today.slice(0, 4));
  const begun =
    year < thisYear ? 4 : year > thisYear ? 0 : Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return [1, 2, 3, 4].filter((q) => q <= begun && !counts[q - 1]);
};

export const listTours = async (
  ctx: Ctx,
  q: { regionCode?: string; year?: number; quarter?: number },
): Promise<ToursView> => {
  const year = q.year ?? Number(beijingToday().slice(0, 4));
  const conditions: SQL[] = [
    inScope(secretaryTours.regionCode, scopeOf(ctx.actor)),
    isNull(secretaryTours.deletedAt) as SQL,
    eq(secretaryTours.year, year),
  ];
  if (q.regionCode) conditions.push(underRegion(secretaryTours.regionCode, q.regionCode));
  const rows = await ctx.db
    .select()
    .from(secretaryTours)
    .where(and(...conditions))
    .orderBy(asc(secretaryTours.quarter), asc(secretaryTours.heldOn), asc(secretaryTours.createdAt));
  const counts = [1, 2, 3, 4].map((quarter) => rows.filter((r) => r.quarter === quarter).length);
  const villages = new Set(
    rows.flatMap((r) =>
      r.places.flatMap((p) =>
        p.regionCode && levelOfCode(p.regionCode) === 'village' ? [p.regionCode] : [],
      ),
    ),
  );
  return {
    year,
    items: await toTourViews(ctx, q.quarter ? rows.filter((r) => r.quarter === q.quarter) : rows),
    quarters: counts.map((count, i) => ({ quarter: i + 1, count })),
    missingQuarters: missingQuarters(year, counts),
    villagesToured: villages.size,
  };
};
