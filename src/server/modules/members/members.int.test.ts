import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertHousehold, insertPerson } from '../../../testing/people';
import { memberTransfers } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let branchA: { id: string; regionCode: string };
let branchB: { id: string; regionCode: string };
let foreignBranch: { id: string };

const branch = async (s: Session, name: string, regionCode: string) => {
  const res = await s.post('/api/orgs', { name, level: 'branch', kind: 'village', regionCode });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  branchA = await branch(township, '甲村党支部', regions.ownVillage.code);
  branchB = await branch(township, '乙党支部', regions.ownTownship.code);
  foreignBranch = await branch(county, '外镇党支部', regions.otherVillage.code);
});
afterAll(() => h.close());

const person = (name: string, regionCode = regions.ownVillage.code) =>
  insertPerson(h.services, { regionCode, name });
const addMember = async (personId: string, body: Record<string, unknown> = {}, status = 201) => {
  const res = await township.post('/api/members', {
    personId,
    orgId: branchA.id,
    status: 'probationary',
    joinedOn: '2024-07-01',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

describe('party members', () => {
  it('registers a member with post and commitment, warns on a short probation, refuses a second record', async () => {
    const p = await person('韦志强');
    const m = await addMember(p.id, {
      status: 'full',
      joinedOn: '2024-07-01',
      fullOn: '2025-03-01',
      post: '政策宣传岗',
      commitment: '每月走访联系户一次',
      commitmentStatus: 'made',
      plaque: true,
    });
    expect(m).toMatchObject({
      name: '韦志强',
      orgName: '甲村党支部',
      regionCode: regions.ownVillage.code,
      plaque: true,
    });
    expect(m.idNumberMasked).toMatch(/^\d{4}\*+\d{3}[\dX]$/);
    expect(m.warnings).toEqual(['转正日期距入党日期不足一年，请核对']);
    const again = await addMember(p.id, {}, 409);
    expect(again.message).toBe('此人已是党员');
    const bad = await addMember((await person('黄某')).id, { status: 'full', fullOn: '2024-01-01' }, 422);
    expect(bad.fields[0].path).toBe('fullOn');
    const fixed = await township.patch(`/api/members/${m.id}`, {
      fullOn: '2025-07-01',
      commitmentStatus: 'kept',
    });
    expect(fixed.json()).toMatchObject({ warnings: [], commitmentStatus: 'kept' });
  });

  it('transfers a member between branches, keeps the history and moves the region with the branch', async () => {
    const m = await addMember((await person('陆海燕')).id);
    const moved = await township.post(`/api/members/${m.id}/transfer`, {
      toOrgId: branchB.id,
      transferredOn: '2025-01-15',
      reason: '工作调动',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ orgId: branchB.id, regionCode: regions.ownTownship.code });
    await township.post(`/api/members/${m.id}/transfer`, {
      toOrgId: branchA.id,
      transferredOn: '2025-09-01',
    });
    const detail = (await township.get(`/api/members/${m.id}`)).json();
    expect(detail.transfers).toMatchObject([
      { fromOrgName: '乙党支部', toOrgName: '甲村党支部', transferredOn: '2025-09-01' },
      { fromOrgName: '甲村党支部', toOrgName: '乙党支部', transferredOn: '2025-01-15', reason: '工作调动' },
    ]);
    const rows = await h.services.database.db
      .select()
      .from(memberTransfers)
      .where(eq(memberTransfers.memberId, m.id));
    expect(rows).toHaveLength(2);
    const same = await township.post(`/api/members/${m.id}/transfer`, {
      toOrgId: branchA.id,
      transferredOn: '2025-10-01',
    });
    expect(same.statusCode).toBe(422);
    const outside = await township.post(`/api/members/${m.id}/transfer`, {
      toOrgId: foreignBranch.id,
      transferredOn: '2025-10-01',
    });
    expect(outside.statusCode).toBe(404);
  });

  it('links households in scope only and removes a link', async () => {
    const m = await addMember((await person('农建华')).id);
    const own = await insertHousehold(h.services, { regionCode: regions.ownVillage.code });
    const foreign = await insertHousehold(h.services, { regionCode: regions.otherVillage.code });
    const added = await township.post(`/api/members/${m.id}/contacts`, {
      householdId: own.id,
      since: '2025-02-01',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().contacts).toMatchObject([
      { householdId: own.id, householdNo: own.householdNo, since: '2025-02-01' },
    ]);
    expect((await township.post(`/api/members/${m.id}/contacts`, { householdId: own.id })).statusCode).toBe(
      409,
    );
    const refused = await township.post(`/api/members/${m.id}/contacts`, { householdId: foreign.id });
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain(foreign.householdNo);
    const contactId = added.json().contacts[0].id;
    const removed = await township.request('DELETE', `/api/members/${m.id}/contacts/${contactId}`);
    expect(removed.json().contacts).toEqual([]);
  });

  it('lists members by branch, status and name, and hides another township’s members', async () => {
    const foreignPerson = await person('外镇党员', regions.otherVillage.code);
    const foreign = await county.post('/api/members', {
      personId: foreignPerson.id,
      orgId: foreignBranch.id,
      status: 'full',
      joinedOn: '2000-07-01',
      fullOn: '2001-07-01',
    });
    expect(foreign.statusCode).toBe(201);
    const all = (await township.get('/api/members?pageSize=200')).json();
    expect(all.items.map((m: { name: string }) => m.name).sort()).toEqual(
      ['农建华', '陆海燕', '韦志强'].sort(),
    );
    expect(JSON.stringify(all)).not.toContain(foreign.json().id);
    const full = (await township.get('/api/members?status=full')).json();
    expect(full.items.map((m: { name: string }) => m.name)).toEqual(['韦志强']);
    const byName = (await township.get(`/api/members?q=${encodeURIComponent('海燕')}`)).json();
    expect(byName.total).toBe(1);
    expect((await township.get(`/api/members?q=${encodeURIComponent('外镇')}`)).json().total).toBe(0);
    const page = (await township.get('/api/members?pageSize=2&sort=joinedOn&order=asc')).json();
    expect(page).toMatchObject({ total: 3, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect((await township.get(`/api/members/${foreign.json().id}`)).statusCode).toBe(404);
    expect((await township.patch(`/api/members/${foreign.json().id}`, { plaque: true })).statusCode).toBe(
      404,
    );
    expect((await county.get(`/api/members?orgId=${foreignBranch.id}`)).json().total).toBe(1);
  });

  it('refuses a person outside the scope and a party group as branch', async () => {
    const outsider = await person('外人', regions.otherVillage.code);
    expect((await addMember(outsider.id, {}, 404)).code).toBe('NOT_FOUND');
    const group = await township.post('/api/orgs', {
      name: '甲村第一党小组',
      level: 'group',
      kind: 'village',
      regionCode: regions.ownVillage.code,
      parentId: branchA.id,
    });
    const res = await addMember((await person('潘某')).id, { orgId: group.json().id }, 422);
    expect(res.fields[0].path).toBe('orgId');
  });
});
