import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, TEST_PASSWORD, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { loginFailures, sessions, users } from '../../platform/auth/tables';
import { MAX_FAILURES } from './login';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
});
afterAll(() => h.close());

const db = () => h.services.database.db;
const login = (username: string, password: string) =>
  h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const grid = () => makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
const countyAdmin = () => makeUser(h.services, { role: 'county_admin', regionCode: regions.county });
const sessionCount = async (userId: string) =>
  (await db().select().from(sessions).where(eq(sessions.userId, userId))).length;
const auditActions = async (userId: string) =>
  (await db().select().from(auditLog).where(eq(auditLog.entityId, userId)).orderBy(auditLog.seq)).map(
    (r) => r.action,
  );

describe('login', () => {
  it('opens a session in an httpOnly SameSite=Lax cookie and answers /api/auth/me', async () => {
    const user = await grid();
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^zx_session=[\w-]{20,};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    const body = res.json();
    expect(body).toMatchObject({
      id: user.id,
      username: user.username,
      role: 'grid_worker',
      scopeCode: regions.ownVillage.code,
      scopeName: regions.ownVillage.name,
      mustChangePassword: false,
      idleMinutes: h.services.config.SESSION_IDLE_MINUTES,
    });
    expect(body).not.toHaveProperty('passwordHash');

    const session = await loginAs(h.app, user.username);
    const me = await session.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, csrfToken: session.csrf });
  });

  it('stores only a hash of the session token', async () => {
    const user = await grid();
    const res = await login(user.username, TEST_PASSWORD);
    const token = res.cookies.find((c) => c.name === 'zx_session')!.value;
    const rows = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].id).not.toBe(token);
  });

  it('accepts the username in any letter case', async () => {
    const user = await grid();
    expect((await login(user.username.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a wrong password with 401 BAD_CREDENTIALS and no cookie', async () => {
    const user = await grid();
    const res = await login(user.username, 'Wrong-password-1');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'BAD_CREDENTIALS', message: '用户名或密码错误' });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const user = await grid();
    const wrong = await login(user.username, 'Wrong-password-1');
    const unknown = await login('nobody-here', 'Wrong-password-1');
    expect(unknown.statusCode).toBe(401);
    const { requestId: _a, ...unknownBody } = unknown.json();
    const { requestId: _b, ...wrongBody } = wrong.json();
    expect(unknownBody).toEqual(wrongBody);
  });

  it('refuses a disabled account even with the right password, and opens no session', async () => {
    const user = await grid();
    await db().update(users).set({ disabled: true }).where(eq(users.id, user.id));
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('停用');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(0);
  });
});

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

describe('sessions', () => {
  it('ends the session on logout', async () => {
    const user = await grid();
    const session = await loginAs(h.app, user.username);
    const res = await session.post('/api/auth/logout');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/zx_session=;/);
    const me = await session.get('/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
    expect(await sessionCount(user.id)).toBe(0);
    expect(await auditActions(user.id)).toContain('auth.logout');
  });

  it('ends only the session that logged out', async () => {
    const user = await grid();
    const phone = await loginAs(h.app, user.username);
    const desk = await loginAs(h.app, user.username);
    await phone.post('/api/auth/logout');
    expect((await desk.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('expires a session idle for longer than SESSION_IDLE_MINUTES', async () => {
    const user = await grid();
    const session = await loginAs(h.app, user.username);
    const idle = h.services.config.SESSION_IDLE_MINUTES;
    await db()
      .update(sessions)
      .set({ lastSeenAt: sql`now() - make_interval(mins => ${idle + 1})` })
      .where(eq(sessions.userId, user.id));
    const me = await session.get('/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('keeps a session that was active within SESSION_IDLE_MINUTES', async () => {
    const user = await grid();
    const session = await loginAs(h.app, user.username);
    const idle = h.services.config.SESSION_IDLE_MINUTES;
    await db()
      .update(sessions)
      .set({ lastSeenAt: sql`now() - make_interval(mins => ${idle - 1})` })
      .where(eq(sessions.userId, user.id));
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    const [row] = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('ends the sessions of an account that gets disabled', async () => {
    const user = await grid();
    const session = await loginAs(h.app, user.username);
    await db().update(users).set({ disabled: true }).where(eq(users.id, user.id));
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a write without the x-csrf-token header with 403 CSRF and changes nothing', async () => {
    const admin = await countyAdmin();
    const session = await loginAs(h.app, admin.username);
    const payload = {
      username: 'csrf-victim',
      displayName: '不该创建',
      role: 'grid_worker',
      scopeCode: regions.ownVillage.code,
      initialPassword: 'Initial-pass-2026',
    };
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: session.cookie },
      payload,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
    expect(await db().select().from(users).where(eq(users.username, 'csrf-victim'))).toEqual([]);
  });

  it('refuses a write with another session’s token', async () => {
    const user = await grid();
    const mine = await loginAs(h.app, user.username);
    const other = await loginAs(h.app, (await grid()).username);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: mine.cookie, 'x-csrf-token': other.csrf },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
    expect((await mine.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('first password change', () => {
  it('holds a user who must change the password to /api/auth until it is changed', async () => {
    const admin = await makeUser(h.services, {
      role: 'county_admin',
      regionCode: regions.county,
      mustChangePassword: true,
    });
    const session = await loginAs(h.app, admin.username);

    for (const url of ['/api/users', `/api/regions/${regions.county}`, '/api/audit']) {
      const res = await session.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const me = await session.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);

    const wrongCurrent = await session.post('/api/auth/password', {
      currentPassword: 'Not-my-password-1',
      newPassword: 'Brand-new-pass-2026',
    });
    expect(wrongCurrent.statusCode).toBe(422);
    expect(wrongCurrent.json().fields).toEqual([{ path: 'currentPassword', message: '当前密码不正确' }]);

    const weak = await session.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short1',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields[0].path).toBe('newPassword');
    const lettersOnly = await session.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'onlyletterspassword',
    });
    expect(lettersOnly.statusCode).toBe(400);

    const same = await session.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.statusCode).toBe(422);
    expect(same.json().fields[0].path).toBe('newPassword');

    expect((await session.get('/api/users')).statusCode).toBe(403);
    const changed = await session.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Brand-new-pass-2026',
    });
    expect(changed.statusCode).toBe(200);
    expect((await session.get('/api/users')).statusCode).toBe(200);
    expect((await session.get('/api/auth/me')).json().mustChangePassword).toBe(false);

    expect((await login(admin.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(admin.username, 'Brand-new-pass-2026')).statusCode).toBe(200);
    expect(await auditActions(admin.id)).toContain('auth.change_password');
  });

  it('ends the other sessions of a user who changes the password', async () => {
    const user = await grid();
    const here = await loginAs(h.app, user.username);
    const elsewhere = await loginAs(h.app, user.username);
    const res = await here.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Another-pass-2026',
    });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('audit of authentication', () => {
  it('records who logged in, from which request, on the user’s chain', async () => {
    const user = await grid();
    const res = await login(user.username, TEST_PASSWORD);
    const rows = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), inArray(auditLog.action, ['auth.login'])));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: user.id,
      role: 'grid_worker',
      entity: 'user',
      chain: '451022',
      requestId: res.headers['x-request-id'],
    });
  });
});
