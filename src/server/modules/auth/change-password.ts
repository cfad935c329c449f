import { and, eq, ne } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { sessions, users } from '../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';

/** The user changes its own password; its other sessions end. */
export const changePassword = async (ctx: Ctx, sessionId: string, current: string, next: string) => {
  if (current === next) throw invalidField('newPassword', '新密码不能与当前密码相同');
  const passwordHash = await hashPassword(next);
  await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.id, tx.actor.userId)).for('update');
    if (!(await verifyPassword(user.passwordHash, current)))
      throw invalidField('currentPassword', '当前密码不正确');
    await tx.db
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx.db.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, sessionId)));
    await writeAudit(tx.db, tx, {
      action: 'auth.change_password',
      entity: 'user',
      entityId: user.id,
      regionCode: user.regionCode,
      diff: { after: { mustChangePassword: false } },
    });
  });
};
