import { eq } from 'drizzle-orm';
import type { CreateUserBody } from '../../../contracts/api/users';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { hashPassword } from '../../platform/auth/password';
import { newId } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { assertRegionExists } from '../regions/assert-region-exists';
import { assertPersonLink } from './person-link';
import { assertMayAssign, assertScopeFitsRole } from './policy';
import { auditableUser, toUserView } from './user-view';

const usernameTaken = () => new Conflict('用户名已被使用', [{ path: 'username', message: '用户名已被使用' }]);

/** An admin creates an account below its own role, inside its scope; the user must change the password. */
export const createUser = async (ctx: Ctx, body: CreateUserBody) => {
  assertMayAssign(ctx.actor, body.role, body.scopeCode);
  assertScopeFitsRole(body.role, body.scopeCode, body.department);
  const passwordHash = await hashPassword(body.initialPassword);
  return inTransaction(ctx, async (tx) => {
    await assertRegionExists(tx.db, body.scopeCode);
    if (body.personId) await assertPersonLink(tx, body.personId, body.scopeCode);
    const username = body.username.toLowerCase();
    const [taken] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, username))
      .limit(1);
    if (taken) throw usernameTaken();
    const [created] = await tx.db
      .insert(users)
      .values({
        id: newId(),
        username,
        displayName: body.displayName,
        role: body.role,
        regionCode: body.scopeCode,
        department: body.role === 'department' ? (body.department ?? null) : null,
        passwordHash,
        mustChangePassword: true,
        phoneEnc: body.phone ? tx.pii.encrypt(body.phone) : null,
        phoneIdx: body.phone ? tx.pii.blindIndex('phone', body.phone) : null,
        personId: body.personId ?? null,
        createdBy: tx.actor.userId,
      })
      // A parallel request may take the name after the check above: no row, not a 500.
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (!created) throw usernameTaken();
    await writeAudit(tx.db, tx, {
      action: 'user.create',
      entity: 'user',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, auditableUser(created, tx.pii)),
    });
    return toUserView(tx, created);
  });
};
