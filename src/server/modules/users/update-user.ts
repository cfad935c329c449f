import { eq } from 'drizzle-orm';
import type { UpdateUserBody } from '../../../contracts/api/users';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { hashPassword } from '../../platform/auth/password';
import { deleteUserSessions } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../platform/context';
import { Forbidden } from '../../platform/errors';
import { assertRegionExists } from '../regions/assert-region-exists';
import { loadUserInScope } from './get-user';
import { assertPersonLink } from './person-link';
import { assertMayAssign, assertScopeFitsRole, mayManageAccount } from './policy';
import { auditableUser, toUserView } from './user-view';

/** Edits an account the caller manages; disabling it or resetting its password ends its sessions. */
export const updateUser = async (ctx: Ctx, userId: string, body: UpdateUserBody) => {
  const passwordHash = body.resetPassword ? await hashPassword(body.resetPassword) : undefined;
  return inTransaction(ctx, async (tx) => {
    const before = await loadUserInScope(tx, tx.db, userId, true);
    if (!mayManageAccount(tx.actor, before)) throw new Forbidden('只能修改比自己角色级别低的账号');
    const role = body.role ?? before.role;
    const scopeCode = body.scopeCode ?? before.regionCode;
    const department = body.department === undefined ? before.department : body.department;
    assertMayAssign(tx.actor, role, scopeCode);
    assertScopeFitsRole(role, scopeCode, department);
    if (body.scopeCode) await assertRegionExists(tx.db, scopeCode);
    const personId = body.personId === undefined ? before.personId : body.personId;
    if (personId && (body.personId || body.scopeCode))
      await assertPersonLink(tx, personId, scopeCode, userId);
    const phone = body.phone === undefined ? undefined : body.phone;
    const [after] = await tx.db
      .update(users)
      .set({
        displayName: body.displayName,
        role,
        regionCode: scopeCode,
        department: role === 'department' ? department : null,
        disabled: body.disabled,
        personId,
        ...(phone !== undefined && {
          phoneEnc: phone ? tx.pii.encrypt(phone) : null,
          phoneIdx: phone ? tx.pii.blindIndex('phone', phone) : null,
        }),
        ...(passwordHash && { passwordHash, mustChangePassword: true, lockedUntil: null }),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId))
      .returning();
    if (after.disabled || passwordHash || role !== before.role || scopeCode !== before.regionCode) {
      await deleteUserSessions(tx.db, userId);
    }
    const diff = auditDiff(auditableUser(before, tx.pii), auditableUser(after, tx.pii));
    await writeAudit(tx.db, tx, {
      action: passwordHash ? 'user.reset_password' : 'user.update',
      entity: 'user',
      entityId: userId,
      regionCode: after.regionCode,
      diff: diff ?? { note: passwordHash ? 'password reset' : 'no change' },
    });
    return toUserView(tx, after);
  });
};
