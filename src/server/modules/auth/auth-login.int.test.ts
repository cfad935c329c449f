import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, TEST_PASSWORD } from '../../../testing/factories';
import { auditLog } from '../../platform/audit/tables';
import { sessions, users } from '../../platform/auth/tables';
import { closeHarness, db, grid, h, login, openHarness, regions, sessionCount } from './auth-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
