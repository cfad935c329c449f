import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../testing/factories';
import { auditRowsOf, closeHarness, county, h, openHarness, regions, township } from './users-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
