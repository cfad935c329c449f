import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, TEST_PASSWORD } from '../../../testing/factories';
import { sessions, users } from '../../platform/auth/tables';
import { auditRowsOf, closeHarness, county, db, h, openHarness, regions, township } from './users-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
