import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../testing/factories';
import { auditLog } from '../../platform/audit/tables';
import { loginFailures, users } from '../../platform/auth/tables';
import { auditActions, closeHarness, db, grid, login, openHarness, sessionCount } from './auth-test-kit';
import { MAX_FAILURES } from './login';

beforeAll(openHarness);
afterAll(closeHarness);

describe('account lock', () => {
  it('locks the account after 5 failed logins within 15 minutes and refuses the right password', async () => {
    const user = await grid();
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      statuses.push((await login(user.username, 'Wrong-pass-1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const fifth = await login(user.username, 'Wrong-pass-1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json().message).toMatch(/账号已锁定15分钟/);

    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    const minutesLeft = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(14);
    expect(minutesLeft).toBeLessThanOrEqual(15);

    const right = await login(user.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('tells the user how many attempts are left once few remain', async () => {
    const user = await grid();
    await login(user.username, 'Wrong-pass-1');
    const second = await login(user.username, 'Wrong-pass-1');
    expect(second.json().message).toBe('用户名或密码错误，还可尝试 3 次');
  });

  it('does not count failures older than 15 minutes', async () => {
    const user = await grid();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await login(user.username, 'Wrong-pass-1');
    await db()
      .update(loginFailures)
      .set({ at: new Date(Date.now() - 16 * 60_000) })
      .where(eq(loginFailures.userId, user.id));
    const res = await login(user.username, 'Wrong-pass-1');
    expect(res.statusCode).toBe(401);
  });

  it('lets the user in again once the lock has expired, and clears the lock', async () => {
    const user = await grid();
    for (let i = 0; i < MAX_FAILURES; i++) await login(user.username, 'Wrong-pass-1');
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(423);
    await db()
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, user.id));
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row.lockedUntil).toBeNull();
    expect(await db().select().from(loginFailures).where(eq(loginFailures.userId, user.id))).toEqual([]);
  });

  it('opens no session for the right password once parallel guesses have locked the account', async () => {
    const user = await grid();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await login(user.username, 'Wrong-pass-1');
    // A burst of guesses sent at once, the right password among them: the lock that the first
    // wrong guess sets must hold for a right guess that finishes after it.
    const guesses = Array.from({ length: 12 }, (_, i) => (i === 6 ? TEST_PASSWORD : `Wrong-pass-${i}`));
    const results = await Promise.all(guesses.map((p) => login(user.username, p)));
    const right = results[6];
    const rows = await db()
      .select({ action: auditLog.action, seq: auditLog.seq })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), inArray(auditLog.action, ['auth.login', 'auth.locked'])))
      .orderBy(auditLog.seq);
    const firstLock = rows.find((r) => r.action === 'auth.locked');
    expect(firstLock).toBeDefined();
    if (right.statusCode === 200) {
      const loginRow = rows.find((r) => r.action === 'auth.login')!;
      expect(loginRow.seq).toBeLessThan(firstLock!.seq);
    } else {
      expect(right.statusCode).toBe(423);
      expect(await sessionCount(user.id)).toBe(0);
    }
    expect(results.filter((r) => r.statusCode === 401).length).toBeLessThan(MAX_FAILURES);
  });

  it('audits successful logins, failures and the lock on the account', async () => {
    const user = await grid();
    await login(user.username, TEST_PASSWORD);
    for (let i = 0; i < MAX_FAILURES; i++) await login(user.username, 'Wrong-pass-1');
    const actions = await auditActions(user.id);
    expect(actions.filter((a) => a === 'auth.login')).toHaveLength(1);
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(MAX_FAILURES - 1);
    expect(actions.filter((a) => a === 'auth.locked')).toHaveLength(1);
    const [locked] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'auth.locked')));
    expect(locked).toMatchObject({
      actorName: user.username,
      regionCode: user.regionCode,
      diff: { failures: 5 },
    });
    expect(JSON.stringify(locked.diff)).not.toContain('Wrong-pass-1');
  });
});
