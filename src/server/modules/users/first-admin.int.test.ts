import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { Conflict, Invalid } from '../../platform/errors';
import { accountCount, createAdmin, oneTimePassword } from './create-admin';

// An installation from nothing (DEMO=off on an empty database): the admin command's use case
// makes the first administrators, who log in, change the one-time password and take it from there.

let h: TestHarness;
beforeAll(async () => {
  h = await createHarness({ empty: true });
}, 180_000);
afterAll(() => h.close());

const db = () => h.services.database.db;
const NEW_PASSWORD = 'Our-own-pass-2026';

/** Logs in with the one-time password and changes it, as the first log-in demands. */
const firstLogin = async (username: string, password: string): Promise<Session> => {
  const session = await loginAs(h.app, username, password);
  const held = await session.get('/api/users');
  expect(held.statusCode).toBe(403);
  expect(held.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  const changed = await session.post('/api/auth/password', {
    currentPassword: password,
    newPassword: NEW_PASSWORD,
  });
  expect(changed.statusCode).toBe(200);
  return session;
};

describe('an empty installation', () => {
  let regionAdmin: Session;
  let tiandongAdmin: Session;
  let lingyunAdmin: Session;

  it('starts with no accounts and no regions', async () => {
    expect(await accountCount(db())).toBe(0);
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anyone', password: 'Whatever-2026' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('creates a county admin, importing the county first, audited as the system', async () => {
    const { user, password, region } = await createAdmin(db(), h.services.pii, {
      username: 'TianDong',
      regionCode: '451022000000',
      role: 'county_admin',
    });
    expect(region).toMatchObject({
      name: '田东县',
      imported: { kind: 'county', townships: 10, villages: 173 },
    });
    expect(user).toMatchObject({ username: 'tiandong', role: 'county_admin', mustChangePassword: true });
    expect(user.displayName).toBe('田东县管理员');
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((r) => [r.action, r.actorId, r.role])).toEqual([['user.create', null, null]]);
    const imported = await db().select().from(auditLog).where(eq(auditLog.action, 'region.import'));
    expect(imported.map((r) => r.regionCode)).toEqual(['451022000000']);
    expect(JSON.stringify(audit[0].diff)).not.toContain(password);

    tiandongAdmin = await firstLogin('tiandong', password);
    const me = (await tiandongAdmin.get('/api/auth/me')).json();
    expect(me).toMatchObject({ role: 'county_admin', scopeName: '田东县', mustChangePassword: false });
  }, 120_000);

  it('creates a prefecture admin on the city row alone, and refuses what does not fit', async () => {
    const { password, region } = await createAdmin(db(), h.services.pii, {
      username: 'baise',
      regionCode: '451000000000',
      role: 'region_admin',
      displayName: '百色市委组织部',
    });
    // 百色市 came with 田东县 already: nothing to import.
    expect(region).toEqual({ code: '451000000000', name: '百色市', imported: null });
    regionAdmin = await firstLogin('baise', password);

    const again = createAdmin(db(), h.services.pii, {
      username: 'BAISE',
      regionCode: '451000000000',
      role: 'region_admin',
    });
    await expect(again).rejects.toBeInstanceOf(Conflict);
    const wrongLevel = createAdmin(db(), h.services.pii, {
      username: 'wrong',
      regionCode: '451022000000',
      role: 'region_admin',
    });
    await expect(wrongLevel).rejects.toBeInstanceOf(Invalid);
    const unknown = createAdmin(db(), h.services.pii, {
      username: 'nowhere',
      regionCode: '459900000000',
      role: 'region_admin',
    });
    await expect(unknown).rejects.toThrow(/没有省级或市级区划/);
    const badName = createAdmin(db(), h.services.pii, {
      username: '1x',
      regionCode: '451027000000',
      role: 'county_admin',
    });
    await expect(badName).rejects.toThrow(/用户名/);
    expect(await accountCount(db())).toBe(2);
  });

  it('lets the prefecture admin import a second county and create its county admin, who logs in', async () => {
    const imported = await regionAdmin.post('/api/regions/import', { countyCode: '451027' });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ countyName: '凌云县', townships: 8, villages: 110 });
    const outside = await regionAdmin.post('/api/regions/import', { countyCode: '450102' });
    expect(outside.statusCode).toBe(403);

    const children = await regionAdmin.get('/api/regions/451000000000/children');
    expect(children.json().items.map((r: { name: string }) => r.name)).toEqual(['田东县', '凌云县']);

    const created = await regionAdmin.post('/api/users', {
      username: 'lingyun',
      displayName: '凌云县委组织部',
      role: 'county_admin',
      scopeCode: '451027000000',
      initialPassword: 'Lingyun-first-2026',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      role: 'county_admin',
      scopeName: '凌云县',
      mustChangePassword: true,
    });
    const equal = await regionAdmin.post('/api/users', {
      username: 'another',
      displayName: '另一个市级管理员',
      role: 'region_admin',
      scopeCode: '451000000000',
      initialPassword: 'Another-first-2026',
    });
    expect(equal.statusCode).toBe(403);
    lingyunAdmin = await firstLogin('lingyun', 'Lingyun-first-2026');

    // Administration only: the registries are the counties' own.
    expect((await regionAdmin.get('/api/households')).statusCode).toBe(403);
    const users = (await regionAdmin.get('/api/users?pageSize=50')).json().items as { username: string }[];
    expect(users.map((u) => u.username).sort()).toEqual(['baise', 'lingyun', 'tiandong']);
  }, 120_000);

  it('keeps each county admin to its own county', async () => {
    expect((await tiandongAdmin.post('/api/regions/import', { countyCode: '451027' })).statusCode).toBe(403);
    const countyAdmin = await tiandongAdmin.post('/api/users', {
      username: 'lingyun2',
      displayName: '凌云县第二管理员',
      role: 'county_admin',
      scopeCode: '451027000000',
      initialPassword: 'Lingyun-second-2026',
    });
    expect(countyAdmin.statusCode).toBe(403);

    expect((await lingyunAdmin.get('/api/regions/451022000000')).statusCode).toBe(404);
    expect((await lingyunAdmin.get('/api/regions/451022000000/children')).statusCode).toBe(404);
    const search = await lingyunAdmin.get(`/api/regions/search?q=${encodeURIComponent('平马')}`);
    expect(search.json().items).toEqual([]);
    const users = await lingyunAdmin.get('/api/users?pageSize=50');
    // Itself only: neither 田东's admin nor the prefecture's.
    expect(users.json().items.map((u: { username: string }) => u.username)).toEqual(['lingyun']);
    const audit = await lingyunAdmin.get('/api/audit?pageSize=100');
    expect(audit.statusCode).toBe(200);
    expect(audit.body).not.toContain('451022');
    expect(audit.body).not.toContain('tiandong');
  });
});

it('makes one-time passwords that meet the password rule and differ', () => {
  const passwords = new Set(Array.from({ length: 50 }, oneTimePassword));
  expect(passwords.size).toBe(50);
  for (const p of passwords) expect(p).toMatch(/^(?=.*\d)(?=.*[A-Za-z])[A-Za-z2-9-]{19}$/);
});
