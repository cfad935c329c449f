import { maskPhone } from '../../../contracts/pii';
import type { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import type { PiiCipher } from '../../platform/pii/crypto';
import { personNames } from '../households/lookups';
import { regionNames } from '../regions/region-view';

type UserRow = typeof users.$inferSelect;

/** What an account looks like to an admin: phone masked, no hashes. */
export const toUserViews = async (ctx: Ctx, rows: UserRow[]) => {
  const { pii } = ctx;
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const people = await personNames(
    ctx,
    rows.flatMap((r) => (r.personId ? [r.personId] : [])),
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
    personId: r.personId ?? null,
    personName: r.personId ? (people.get(r.personId) ?? null) : null,
    disabled: r.disabled,
    mustChangePassword: r.mustChangePassword,
    lockedUntil: r.lockedUntil && r.lockedUntil > new Date() ? r.lockedUntil.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  }));
};

export const toUserView = async (ctx: Ctx, row: UserRow) => (await toUserViews(ctx, [row]))[0];

/** The fields of an account that go into the audit diff (masking happens there). */
export const auditableUser = (r: UserRow, pii: PiiCipher) => ({
  username: r.username,
  displayName: r.displayName,
  role: r.role,
  regionCode: r.regionCode,
  department: r.department,
  personId: r.personId ?? null,
  phone: r.phoneEnc ? pii.decrypt(r.phoneEnc) : null,
  disabled: r.disabled,
  mustChangePassword: r.mustChangePassword,
});
