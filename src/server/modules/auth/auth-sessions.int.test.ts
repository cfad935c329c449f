import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../testing/factories';
import { sessions, users } from '../../platform/auth/tables';
import {
  auditActions,
  closeHarness,
  countyAdmin,
  db,
  grid,
  h,
  openHarness,
  regions,
  sessionCount,
} from './auth-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
