import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceItemView } from '../../../contracts/api/events-catalogue';
import type { Db } from '../../platform/db/types';
import { pinyinInitials } from '../regions/names';
import { eventCategories, type serviceItems } from './tables';

type Row = typeof serviceItems.$inferSelect;

/** Service items as the pages show them, with their category's id and name and the pinyin initials. */
export const serviceItemViews = async (db: Db, rows: Row[]): Promise<ServiceItemView[]> => {
  if (rows.length === 0) return [];
  const county = rows[0].regionCode;
  const codes = [...new Set(rows.map((r) => r.categoryCode))];
  const categories = await db
    .select({ id: eventCategories.id, code: eventCategories.code, name: eventCategories.name })
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, county), inArray(eventCategories.code, codes)));
  const byCode = new Map(categories.map((c) => [c.code, c]));
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    code: r.code,
    domain: r.domain,
    name: r.name,
    initials: pinyinInitials(r.name),
    intake: r.intake,
    place: r.place,
    person: r.person,
    hours: r.hours,
    standard: r.standard,
    timeLimit: r.timeLimit,
    limitNote: r.limitNote,
    categoryCode: r.categoryCode,
    categoryId: byCode.get(r.categoryCode)?.id ?? null,
    categoryName: byCode.get(r.categoryCode)?.name ?? null,
    active: r.active,
    sort: r.sort,
    updatedAt: r.updatedAt.toISOString(),
  }));
};
