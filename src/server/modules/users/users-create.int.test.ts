import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser } from '../../../testing/factories';
import { insertPerson } from '../../../testing/people';
import { users } from '../../platform/auth/tables';
import {
  auditRowsOf,
  closeHarness,
  county,
  db,
  h,
  newAccount,
  openHarness,
  regions,
  township,
} from './users-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
