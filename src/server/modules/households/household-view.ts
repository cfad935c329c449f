import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { maskIdNumber, maskPhone } from '../../../contracts/pii';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import type { PiiCipher } from '../../platform/pii/crypto';
import { regionNameOf } from '../regions/region-view';
import { households, persons } from './tables';

export type HouseholdRow = typeof households.$inferSelect;

const head = alias(persons, 'head');

/**
 * Households as the API shows them, with village name, head's name and member count, in one
 * query: lists add their where / order / limit to it.
 */
export const selectHouseholdViews = (db: Db) =>
  db
    .select({
      row: households,
      // In the same query, for lists at county scale (one query per page, not one per lookup).
      regionName: regionNameOf(households.regionCode),
      headName: head.name,
      headIdEnc: head.idNumberEnc,
      headPhoneEnc: head.phoneEnc,
      // Spelled out: a correlated count over the same table the outer query aliases.
      memberCount: sql<number>`(select count(*)::int from "persons" as "m" where "m"."household_id" = "households"."id" and "m"."deleted_at" is null)`,
    })
    .from(households)
    .leftJoin(head, eq(head.id, households.headPersonId));

type ViewRow = {
  row: HouseholdRow;
  regionName: string | null;
  headName: string | null;
  headIdEnc: string | null;
  headPhoneEnc: string | null;
  memberCount: number;
};

/** A household as the API shows it; the head's ID number and phone are masked. */
export const toView = (
  pii: PiiCipher,
  { row: r, regionName, headName, headIdEnc, headPhoneEnc, memberCount }: ViewRow,
) => ({
  id: r.id,
  householdNo: r.householdNo,
  regionCode: r.regionCode,
  regionName: regionName ?? r.regionCode,
  address: r.address,
  headPersonId: r.headPersonId,
  headName: r.headPersonId ? headName : null,
  headIdNumberMasked: r.headPersonId && headIdEnc ? maskIdNumber(pii.decrypt(headIdEnc)) : null,
  headPhoneMasked: r.headPersonId && headPhoneEnc ? maskPhone(pii.decrypt(headPhoneEnc)) : null,
  memberCount,
  povertyStatus: r.povertyStatus,
  relocated: r.relocated,
  relocationSite: r.relocationSite,
  helperName: r.helperName,
  incomePerCapita: r.incomePerCapita,
  rigidSpending: r.rigidSpending,
  gridId: r.gridId,
  deleted: r.deletedAt !== null,
});

/** One household (already loaded in scope by the caller) as the API shows it. */
export const toHouseholdView = async (ctx: Ctx, row: HouseholdRow) => {
  const [view] = await selectHouseholdViews(ctx.db).where(eq(households.id, row.id));
  return toView(ctx.pii, view);
};

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
  rigidSpending: h.rigidSpending,
  gridId: h.gridId,
  deletedAt: h.deletedAt,
});
