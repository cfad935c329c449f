import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/roles';
import {
  loginAs,
  makeUser,
  type Session,
  sessionAs,
  TEST_PASSWORD,
  testRegions,
} from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { sessions, users } from '../../platform/auth/tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
});
afterAll(() => h.close());

const db = () => h.services.database.db;
let counter = 0;
const newAccount = (role: Role, scopeCode: string, extra: Record<string, unknown> = {}) => ({
  username: `acct${++counter}x${Date.now() % 100_000}`,
  displayName: `账号${counter}`,
  role,
  scopeCode,
  initialPassword: 'Initial-pass-2026',
  ...extra,
});
const auditRowsOf = (entityId: string, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

describe('creating accounts', () => {
  it('lets a county admin create a grid worker in a village, phone masked and password to be changed', async () => {
    const body = newAccount('grid_worker', regions.ownVillage.code, { phone: '13812345678' });
    const res = await county.post('/api/users', body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      username: body.username,
      displayName: body.displayName,
      role: 'grid_worker',
      scopeCode: regions.ownVillage.code,
      scopeName: regions.ownVillage.name,
      phoneMasked: '138****5678',
      mustChangePassword: true,
      disabled: false,
      lockedUntil: null,
    });
    expect(res.body).not.toContain('13812345678');
    expect(res.body).not.toMatch(/passwordHash|phoneEnc|phoneIdx|argon2/);

    const [row] = await db().select().from(users).where(eq(users.id, created.id));
    expect(row.mustChangePassword).toBe(true);
    expect(row.phoneEnc).not.toContain('13812345678');
    expect(row.phoneIdx).not.toContain('13812345678');
    expect(h.services.pii.decrypt(row.phoneEnc!)).toBe('13812345678');

    const [audit] = await auditRowsOf(created.id, 'user.create');
    expect(audit.diff).toMatchObject({
      before: null,
      after: { username: body.username, role: 'grid_worker', phone: '138****5678', mustChangePassword: true },
    });
    const diffText = JSON.stringify(audit.diff);
    expect(diffText).not.toContain('13812345678');
    expect(diffText).not.toMatch(/argon2|Initial-pass-2026/);
    const after = (audit.diff as { after: Record<string, unknown> }).after;
    expect(Object.keys(after).filter((k) => /hash|enc|idx|^password$|initialPassword/i.test(k))).toEqual([]);
  });

  it('lets the new account log in with the initial password, held to the password change', async () => {
    const body = newAccount('grid_worker', regions.ownVillage.code);
    await county.post('/api/users', body);
    const session = await loginAs(h.app, body.username, body.initialPassword);
    expect((await session.get('/api/auth/me')).json().mustChangePassword).toBe(true);
  });

  it('refuses a township admin creating a county admin or another township account', async () => {
    for (const [role, scope] of [
      ['county_admin', regions.county],
      ['township', regions.ownTownship.code],
    ] as const) {
      const res = await township.post('/api/users', newAccount(role, scope));
      expect(res.statusCode, role).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });

  it('refuses a township admin creating an account in another township, on the scopeCode field', async () => {
    const res = await township.post('/api/users', newAccount('grid_worker', regions.otherVillage.code));
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual([{ path: 'scopeCode', message: expect.stringContaining('管辖范围') }]);
  });

  it('refuses a scope whose level does not fit the role', async () => {
    const gridOnTownship = await county.post(
      '/api/users',
      newAccount('grid_worker', regions.ownTownship.code),
    );
    expect(gridOnTownship.statusCode).toBe(422);
    expect(gridOnTownship.json().fields[0].path).toBe('scopeCode');
    const townshipOnVillage = await county.post(
      '/api/users',
      newAccount('township', regions.ownVillage.code),
    );
    expect(townshipOnVillage.statusCode).toBe(422);
    expect(townshipOnVillage.json().fields[0].path).toBe('scopeCode');
  });

  it('requires a department for a department handler', async () => {
    const res = await county.post('/api/users', newAccount('department', regions.county));
    expect(res.statusCode).toBe(422);
    expect(res.json().fields[0].path).toBe('department');
    const ok = await county.post(
      '/api/users',
      newAccount('department', regions.county, { department: 'health' }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json().department).toBe('health');
  });

  it('refuses a region code that does not exist', async () => {
    const res = await county.post('/api/users', newAccount('grid_worker', '451022100999'));
    expect(res.statusCode).toBe(422);
    expect(res.json().fields[0].path).toBe('scopeCode');
  });

  it('refuses a username that is taken, in any letter case, with 409', async () => {
    const body = newAccount('grid_worker', regions.ownVillage.code);
    expect((await county.post('/api/users', body)).statusCode).toBe(201);
    const again = await county.post('/api/users', { ...body, displayName: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'username' }] });
    const upper = await county.post('/api/users', { ...body, username: body.username.toUpperCase() });
    expect(upper.statusCode).toBe(409);
  });

  it('answers 409, not 500, when admins create the same username at once', async () => {
    const body = newAccount('grid_worker', regions.ownVillage.code);
    const admins = Array.from({ length: 12 }, (_, i) => (i % 2 ? county : township));
    const results = await Promise.all(admins.map((s) => s.post('/api/users', body)));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(admins.length - 1);
    expect(await db().select().from(users).where(eq(users.username, body.username))).toHaveLength(1);
  });

  it('refuses a weak initial password with 400', async () => {
    const res = await county.post(
      '/api/users',
      newAccount('grid_worker', regions.ownVillage.code, { initialPassword: '12345678' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('initialPassword');
  });

  it('lets a village secretary create a villager but not another village secretary', async () => {
    const secretary = await makeUser(h.services, { role: 'village', regionCode: regions.ownVillage.code });
    const session = await loginAs(h.app, secretary.username);
    const villager = await session.post('/api/users', newAccount('villager', regions.ownVillage.code));
    expect(villager.statusCode).toBe(201);
    const peer = await session.post('/api/users', newAccount('village', regions.ownVillage.code));
    expect(peer.statusCode).toBe(403);
  });

  it('refuses account management to roles that are not account admins', async () => {
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const session = await loginAs(h.app, worker.username);
    expect(
      (await session.post('/api/users', newAccount('villager', regions.ownVillage.code))).statusCode,
    ).toBe(403);
    expect((await session.get('/api/users')).statusCode).toBe(403);
  });
});

describe('linking an account to its person', () => {
  it('links a villager account to a person of its village, once, and refuses people outside', async () => {
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    const body = newAccount('villager', regions.ownVillage.code, { personId: person.id });
    const created = await county.post('/api/users', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ personId: person.id, personName: person.name });
    const twice = await county.post(
      '/api/users',
      newAccount('villager', regions.ownVillage.code, { personId: person.id }),
    );
    expect(twice.statusCode).toBe(422);
    expect(twice.json().fields).toContainEqual({
      path: 'personId',
      message: `该人员已关联账号 ${body.username}`,
    });
    const elsewhere = await insertPerson(h.services, { regionCode: regions.otherVillage.code });
    const outside = await county.post(
      '/api/users',
      newAccount('villager', regions.ownVillage.code, { personId: elsewhere.id }),
    );
    expect(outside.json().fields).toContainEqual({ path: 'personId', message: '该人员不在账号的管辖区域内' });
    const notMine = await township.post(
      '/api/users',
      newAccount('villager', regions.ownVillage.code, { personId: elsewhere.id }),
    );
    expect(notMine.json().fields).toContainEqual({
      path: 'personId',
      message: '人员不存在或不在您的管辖范围内',
    });
    const unlinked = await county.patch(`/api/users/${created.json().id}`, { personId: null });
    expect(unlinked.json()).toMatchObject({ personId: null, personName: null });
  });
});

describe('listing accounts', () => {
  it('paginates and sorts on the server', async () => {
    const prefix = `pg${Date.now() % 100_000}`;
    for (const suffix of ['c', 'a', 'e', 'b', 'd']) {
      await county.post('/api/users', {
        ...newAccount('villager', regions.ownVillage.code),
        username: `${prefix}${suffix}`,
      });
    }
    const page = async (n: number) =>
      (await county.get(`/api/users?q=${prefix}&sort=username&order=asc&pageSize=2&page=${n}`)).json();
    const [one, two, three] = [await page(1), await page(2), await page(3)];
    expect(one.total).toBe(5);
    expect(one.pageSize).toBe(2);
    expect([...one.items, ...two.items, ...three.items].map((u: { username: string }) => u.username)).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((s) => `${prefix}${s}`),
    );
    const desc = (await county.get(`/api/users?q=${prefix}&sort=username&order=desc&pageSize=1`)).json();
    expect(desc.items[0].username).toBe(`${prefix}e`);
  });

  it('shows a township admin only the accounts of its own township', async () => {
    const mine = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const theirs = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.otherVillage.code });
    const res = await township.get('/api/users?pageSize=200');
    expect(res.statusCode).toBe(200);
    const list = res.json();
    const ids = list.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    for (const u of list.items)
      expect(u.scopeCode.startsWith(regions.ownTownship.code.slice(0, 9))).toBe(true);
    expect(list.total).toBe(list.items.length);

    const countyIds = (await county.get('/api/users?pageSize=200'))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(countyIds).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it('filters by role and by region', async () => {
    const res = await county.get(
      `/api/users?role=township&regionCode=${regions.ownTownship.code}&pageSize=200`,
    );
    const items = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const u of items) expect(u).toMatchObject({ role: 'township', scopeCode: regions.ownTownship.code });
  });

  it('finds an account by its full phone number through the blind index', async () => {
    const target = await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13900001111',
    });
    await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13900001112',
    });
    const res = await county.get('/api/users?q=13900001111');
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([target.id]);
    expect(res.json().items[0].phoneMasked).toBe('139****1111');
    expect((await county.get('/api/users?q=1390000')).json().total).toBe(0);
  });

  it('treats % and _ in the search as plain characters', async () => {
    const res = await county.get(`/api/users?q=${encodeURIComponent('%')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
  });
});

describe('reading and editing one account', () => {
  it('answers 404 for an account in another township, on GET, PATCH and reveal alike', async () => {
    const theirs = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.otherVillage.code });
    expect((await township.get(`/api/users/${theirs.id}`)).statusCode).toBe(404);
    const patch = await township.patch(`/api/users/${theirs.id}`, { displayName: '改名' });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().code).toBe('NOT_FOUND');
    const reveal = await township.post(`/api/users/${theirs.id}/reveal`, { field: 'phone', purpose: '核对' });
    expect(reveal.statusCode).toBe(404);
    const [row] = await db().select().from(users).where(eq(users.id, theirs.id));
    expect(row.displayName).toBe(theirs.displayName);
  });

  it('answers 404 for an id that does not exist', async () => {
    expect((await county.get('/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('ends the sessions of an account that is disabled', async () => {
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const session = await loginAs(h.app, worker.username);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    const res = await township.patch(`/api/users/${worker.id}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect(await db().select().from(sessions).where(eq(sessions.userId, worker.id))).toEqual([]);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    const [audit] = await auditRowsOf(worker.id, 'user.update');
    expect(audit.diff).toEqual({ before: { disabled: false }, after: { disabled: true } });
  });

  it('records a phone change masked in the audit log', async () => {
    const worker = await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13812345678',
    });
    const res = await county.patch(`/api/users/${worker.id}`, { phone: '13987654321' });
    expect(res.json().phoneMasked).toBe('139****4321');
    const [audit] = await auditRowsOf(worker.id, 'user.update');
    expect(audit.diff).toEqual({ before: { phone: '138****5678' }, after: { phone: '139****4321' } });
  });

  it('refuses to move an account out of the admin’s scope', async () => {
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const res = await township.patch(`/api/users/${worker.id}`, { scopeCode: regions.otherVillage.code });
    expect(res.statusCode).toBe(422);
    const [row] = await db().select().from(users).where(eq(users.id, worker.id));
    expect(row.regionCode).toBe(regions.ownVillage.code);
  });

  it('resets a password so that the old one stops working and a change is required', async () => {
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const res = await county.patch(`/api/users/${worker.id}`, { resetPassword: 'Reset-pass-2026' });
    expect(res.json().mustChangePassword).toBe(true);
    const old = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: worker.username, password: TEST_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    await loginAs(h.app, worker.username, 'Reset-pass-2026');
    expect(await auditRowsOf(worker.id, 'user.reset_password')).toHaveLength(1);
  });
});

describe('revealing a phone number', () => {
  it('requires a purpose', async () => {
    const worker = await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13812345678',
    });
    const res = await county.post(`/api/users/${worker.id}/reveal`, { field: 'phone' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('purpose');
    expect(await auditRowsOf(worker.id, 'user.reveal')).toEqual([]);
  });

  it('shows the full number and writes the purpose into the audit log', async () => {
    const worker = await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13812345678',
    });
    const res = await township.post(`/api/users/${worker.id}/reveal`, {
      field: 'phone',
      purpose: '电话回访核实身份',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '13812345678' });
    const [audit] = await auditRowsOf(worker.id, 'user.reveal');
    expect(audit).toMatchObject({
      regionCode: regions.ownVillage.code,
      diff: { field: 'phone', purpose: '电话回访核实身份' },
    });
  });

  it('refuses to reveal anything but the phone', async () => {
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const res = await county.post(`/api/users/${worker.id}/reveal`, {
      field: 'passwordHash',
      purpose: '看看',
    });
    expect(res.statusCode).toBe(422);
  });
});
