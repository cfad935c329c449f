import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, TEST_PASSWORD } from '../../../testing/factories';
import { auditActions, closeHarness, grid, h, login, openHarness, regions } from './auth-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
