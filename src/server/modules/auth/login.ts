import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { verifyAgainstDummy, verifyPassword } from '../../platform/auth/password';
import { actorOf, createSession } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import type { RequestMeta } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { AppError } from '../../platform/errors';
import {
  assertAddressMayTry,
  assertPairMayTry,
  clearPair,
  FREE_FAILURES,
  pairDelayMs,
  pairLockedError,
  pairState,
  recordFailure,
} from './login-throttle';

const badCredentials = (left?: number) =>
  new AppError(
    401,
    'BAD_CREDENTIALS',
    left === undefined || left >= FREE_FAILURES - 1
      ? '用户名或密码错误'
      : `用户名或密码错误，还可尝试 ${left} 次，之后需等待`,
  );

/**
 * Checks a username and password and opens a session. Failures slow down the account and client
 * address that made them (login-throttle.ts), never the account itself; every outcome on a known
 * account is audited.
 */
export const login = async (db: Db, meta: RequestMeta, username: string, password: string) => {
  await assertAddressMayTry(db, meta.ip);
  const [user] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  if (!user) {
    await verifyAgainstDummy(password);
    await recordFailure(db, null, meta.ip);
    throw badCredentials();
  }
  await assertPairMayTry(db, user.id, meta.ip);
  const who = { actor: actorOf(user), meta };
  const audit = { entity: 'user', entityId: user.id, regionCode: user.regionCode };
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = await db.transaction(async (tx) => {
      // The account row lock queues this account's concurrent attempts (PostgreSQL), so a burst
      // of guesses is counted one by one.
      await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
      await recordFailure(tx, user.id, meta.ip);
      const state = await pairState(tx, user.id, meta.ip);
      const delayMinutes = pairDelayMs(state.failures) / 60_000;
      await writeAudit(tx, who, {
        ...audit,
        action: delayMinutes ? 'auth.locked' : 'auth.login_failed',
        diff: delayMinutes
          ? { failures: state.failures, minutes: delayMinutes }
          : { failures: state.failures },
      });
      return state;
    });
    if (failures.until) throw pairLockedError(failures.until);
    throw badCredentials(FREE_FAILURES - failures.failures);
  }
  if (user.disabled) throw new AppError(403, 'FORBIDDEN', '账号已停用，请联系管理员');
  return db.transaction(async (tx) => {
    // Checked again under the row lock: guesses sent in parallel from this address may have
    // made it wait while this password was being verified.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
    await assertPairMayTry(tx, user.id, meta.ip);
    await clearPair(tx, user.id, meta.ip);
    const session = await createSession(tx, user.id, meta.ip);
    await writeAudit(tx, who, { ...audit, action: 'auth.login' });
    return { user, ...session };
  });
};
