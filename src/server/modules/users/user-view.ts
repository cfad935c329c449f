import { maskPhone } from '../../../contracts/pii';
import type { users } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/types';
import type { PiiCipher } from '../../platform/pii/crypto';
import { regionNames } from '../regions/region-view';

type UserRow = typeof users.$inferSelect;

/** What an account looks like to an admin: phone masked, no hashes. */
export const toUserViews = async (db: Db, pii: PiiCipher, rows: UserRow[]) => {
  const names = await regionNames(
    db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    scopeCode: r.regionCode,
    scopeName: names.get(r.regionCode) ?? r.regionCode,
    department: r.department ?? null,
    phoneMasked: r.phoneEnc ? maskPhone(pii.decrypt(r.phoneEnc)) : null,
    disabled: r.disabled,
    mustChangePassword: r.mustChangePassword,
    lockedUntil: r.lockedUntil && r.lockedUntil > new Date() ? r.lockedUntil.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  }));
};

export const toUserView = async (db: Db, pii: PiiCipher, row: UserRow) =>
  (await toUserViews(db, pii, [row]))[0];

/** The fields of an account that go into the audit diff (masking happens there). */
export const auditableUser = (r: UserRow, pii: PiiCipher) => ({
  username: r.username,
  displayName: r.displayName,
  role: r.role,
  regionCode: r.regionCode,
  department: r.department,
  phone: r.phoneEnc ? pii.decrypt(r.phoneEnc) : null,
  disabled: r.disabled,
  mustChangePassword: r.mustChangePassword,
});
