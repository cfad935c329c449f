import { and, count, eq, gte } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { verifyAgainstDummy, verifyPassword } from '../../platform/auth/password';
import { actorOf, createSession, newId } from '../../platform/auth/session';
import { loginFailures, users } from '../../platform/auth/tables';
import type { RequestMeta } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { AppError } from '../../platform/errors';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

const badCredentials = (left?: number) =>
  new AppError(
    401,
    'BAD_CREDENTIALS',
    left === undefined || left >= MAX_FAILURES - 1
      ? '用户名或密码错误'
      : `用户名或密码错误，还可尝试 ${left} 次`,
  );

const lockedError = (until: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  const hhmm = until.toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
  return new AppError(
    423,
    'ACCOUNT_LOCKED',
    `登录失败次数过多，账号已锁定15分钟，请于 ${hhmm}（约 ${minutes} 分钟后）再试，或联系管理员解锁`,
  );
};

/**
 * Checks a username and password and opens a session. Five failures within 15 minutes lock the
 * account for 15 minutes; every outcome on a known account is audited.
 */
export const login = async (db: Db, meta: RequestMeta, username: string, password: string) => {
  const [user] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  if (!user) {
    await verifyAgainstDummy(password);
    throw badCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user.lockedUntil);
  const who = { actor: actorOf(user), meta };
  const audit = { entity: 'user', entityId: user.id, regionCode: user.regionCode };
  if (!(await verifyPassword(user.passwordHash, password))) {
    const lockedUntil = await db.transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
      await tx.insert(loginFailures).values({ id: newId(), userId: user.id });
      const since = new Date(Date.now() - FAILURE_WINDOW_MS);
      const [{ failures }] = await tx
        .select({ failures: count() })
        .from(loginFailures)
        .where(and(eq(loginFailures.userId, user.id), gte(loginFailures.at, since)));
      const until = failures >= MAX_FAILURES ? new Date(Date.now() + LOCK_MS) : null;
      if (until) await tx.update(users).set({ lockedUntil: until }).where(eq(users.id, user.id));
      await writeAudit(tx, who, {
        ...audit,
        action: until ? 'auth.locked' : 'auth.login_failed',
        diff: { failures },
      });
      return until ?? failures;
    });
    if (lockedUntil instanceof Date) throw lockedError(lockedUntil);
    throw badCredentials(MAX_FAILURES - lockedUntil);
  }
  if (user.disabled) throw new AppError(403, 'FORBIDDEN', '账号已停用，请联系管理员');
  return db.transaction(async (tx) => {
    // Checked again under the row lock: guesses sent in parallel may have locked the account
    // while this password was being verified.
    const [{ lockedUntil }] = await tx
      .select({ lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.id, user.id))
      .for('update');
    if (lockedUntil && lockedUntil > new Date()) throw lockedError(lockedUntil);
    await tx.delete(loginFailures).where(eq(loginFailures.userId, user.id));
    if (lockedUntil) await tx.update(users).set({ lockedUntil: null }).where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, meta.ip);
    await writeAudit(tx, who, { ...audit, action: 'auth.login' });
    return { user, ...session };
  });
};
