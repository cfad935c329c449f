import { and, count, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { regionNames } from '../regions/region-view';
import { type households, persons } from './tables';

export type HouseholdRow = typeof households.$inferSelect;

/** Households as the API shows them, with village name, head's name and member count (3 queries per page). */
export const toHouseholdViews = async (db: Db, rows: HouseholdRow[]) => {
  const ids = rows.map((r) => r.id);
  const headIds = rows.flatMap((r) => (r.headPersonId ? [r.headPersonId] : []));
  // Sequential on purpose: inside a transaction these run on one connection.
  const names = await regionNames(
    db,
    rows.map((r) => r.regionCode),
  );
  const heads = headIds.length
    ? await db
        .select({ id: persons.id, name: persons.name })
        .from(persons)
        .where(inArray(persons.id, headIds))
    : [];
  const counts = ids.length
    ? await db
        .select({ householdId: persons.householdId, n: count() })
        .from(persons)
        .where(and(inArray(persons.householdId, ids), isNull(persons.deletedAt)))
        .groupBy(persons.householdId)
    : [];
  const headName = new Map(heads.map((h) => [h.id, h.name]));
  const memberCount = new Map(counts.map((c) => [c.householdId, c.n]));
  return rows.map((r) => ({
    id: r.id,
    householdNo: r.householdNo,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    address: r.address,
    headPersonId: r.headPersonId,
    headName: r.headPersonId ? (headName.get(r.headPersonId) ?? null) : null,
    memberCount: memberCount.get(r.id) ?? 0,
    povertyStatus: r.povertyStatus,
    relocated: r.relocated,
    relocationSite: r.relocationSite,
    helperName: r.helperName,
    incomePerCapita: r.incomePerCapita,
    gridId: r.gridId,
    deleted: r.deletedAt !== null,
  }));
};

export const toHouseholdView = async (db: Db, row: HouseholdRow) => (await toHouseholdViews(db, [row]))[0];

/** The fields of a household that go into the audit diff. */
export const auditableHousehold = (h: HouseholdRow) => ({
  householdNo: h.householdNo,
  regionCode: h.regionCode,
  address: h.address,
  headPersonId: h.headPersonId,
  povertyStatus: h.povertyStatus,
  relocated: h.relocated,
  relocationSite: h.relocationSite,
  helperName: h.helperName,
  incomePerCapita: h.incomePerCapita,
  gridId: h.gridId,
  deletedAt: h.deletedAt,
});
