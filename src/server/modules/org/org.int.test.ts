import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { regions as regionsTable } from '../regions/tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let villages: string[];

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  const rows = await h.services.database.db
    .select({ code: regionsTable.code })
    .from(regionsTable)
    .where(and(eq(regionsTable.parentCode, regions.ownTownship.code), eq(regionsTable.level, 'village')))
    .orderBy(asc(regionsTable.code));
  villages = rows.map((r) => r.code);
});
afterAll(() => h.close());

const createOrg = async (s: Session, body: Record<string, unknown>, status = 201) => {
  const res = await s.post('/api/orgs', { kind: 'village', ...body });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

describe('the party organization tree', () => {
  it('builds committee → branch → group and loads it level by level', async () => {
    const committee = await createOrg(county, {
      name: '平马镇党委',
      level: 'committee',
      kind: 'township',
      regionCode: regions.ownTownship.code,
    });
    const branch = await createOrg(township, {
      name: '一村党支部',
      level: 'branch',
      regionCode: villages[0],
      parentId: committee.id,
    });
    await createOrg(township, {
      name: '一村第一党小组',
      level: 'group',
      regionCode: villages[0],
      parentId: branch.id,
    });
    const rootsRes = await township.get('/api/orgs/tree');
    expect(rootsRes.statusCode, rootsRes.body).toBe(200);
    const roots = rootsRes.json().items;
    expect(roots.map((o: { name: string }) => o.name)).toContain('平马镇党委');
    const children = (await township.get(`/api/orgs/tree?parentId=${committee.id}`)).json().items;
    expect(children).toMatchObject([{ name: '一村党支部', childCount: 1, regionCode: villages[0] }]);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, branch.id));
    expect(audit.action).toBe('org.create');
  });

  it('refuses a child at its parent’s level or outside its parent’s region, but lets a joint org span the township', async () => {
    const parent = await createOrg(county, {
      name: '二村党总支',
      level: 'general_branch',
      regionCode: villages[1],
    });
    const same = await township.post('/api/orgs', {
      name: '同级',
      level: 'general_branch',
      kind: 'village',
      regionCode: villages[1],
      parentId: parent.id,
    });
    expect(same.statusCode).toBe(422);
    expect(same.json().fields[0]).toMatchObject({ path: 'level' });
    const outside = await township.post('/api/orgs', {
      name: '越界',
      level: 'branch',
      kind: 'village',
      regionCode: villages[2],
      parentId: parent.id,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().message).toContain('区划');
    await createOrg(township, {
      name: '产业联合党支部',
      level: 'branch',
      kind: 'joint',
      regionCode: villages[2],
      parentId: parent.id,
    });
    const otherTownship = await township.post('/api/orgs', {
      name: '外镇',
      level: 'branch',
      kind: 'joint',
      regionCode: regions.otherVillage.code,
      parentId: parent.id,
    });
    expect(otherTownship.statusCode).toBe(422);
  });

  it('refuses a second organization of the same name under one parent, on create and on rename', async () => {
    const parent = await createOrg(township, {
      name: '五村党总支',
      level: 'general_branch',
      regionCode: villages[3],
    });
    const body = { name: '五村第一党支部', level: 'branch', regionCode: villages[3], parentId: parent.id };
    await createOrg(township, body);
    const again = await township.post('/api/orgs', { ...body, kind: 'village' });
    expect(again.statusCode).toBe(422);
    expect(again.json().fields[0]).toMatchObject({
      path: 'name',
      message: '同一上级党组织下已有名为“五村第一党支部”的组织',
    });
    const second = await createOrg(township, { ...body, name: '五村第二党支部' });
    const rename = await township.patch(`/api/orgs/${second.id}`, { name: '五村第一党支部' });
    expect(rename.statusCode).toBe(422);
    // Under another parent, and as a top organization of another region, the name is free.
    await createOrg(township, { name: '五村第一党支部', level: 'branch', regionCode: villages[4] });
    await createOrg(township, { name: '五村党总支', level: 'general_branch', regionCode: villages[4] });
    expect(
      (
        await township.post('/api/orgs', {
          name: '五村党总支',
          level: 'general_branch',
          kind: 'village',
          regionCode: villages[3],
        })
      ).statusCode,
    ).toBe(422);
  });

  it('refuses to delete an organization with children or members, deletes a leaf softly and restores it', async () => {
    const parent = await createOrg(township, {
      name: '三村党总支',
      level: 'general_branch',
      regionCode: villages[3],
    });
    const leaf = await createOrg(township, {
      name: '三村第一支部',
      level: 'branch',
      regionCode: villages[3],
      parentId: parent.id,
    });
    const refused = await township.request('DELETE', `/api/orgs/${parent.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('该党组织下还有下级党组织，不能删除');
    const person = await insertPerson(h.services, { regionCode: villages[3], name: '王党员' });
    expect(
      (
        await township.post('/api/members', {
          personId: person.id,
          orgId: leaf.id,
          status: 'probationary',
          joinedOn: '2025-07-01',
        })
      ).statusCode,
    ).toBe(201);
    const withMember = await township.request('DELETE', `/api/orgs/${leaf.id}`);
    expect(withMember.statusCode).toBe(409);
    expect(withMember.json().message).toContain('党员');
    const detail = (await township.get(`/api/orgs/${parent.id}`)).json();
    expect(detail.members).toEqual({ probationary: 0, full: 0, subtree: 1 });
    // The tree counts what the detail counts: the general branch's own members are 0, its
    // subtree's 1, and the tree shows the subtree's (not 中共…（0）beside a detail saying 1).
    expect(detail).toMatchObject({ memberCount: 0, subtreeMemberCount: 1 });
    const grandparent = parent.parentId
      ? (await township.get(`/api/orgs/tree?parentId=${parent.parentId}`)).json().items
      : (await township.get('/api/orgs/tree')).json().items;
    expect(grandparent.find((o: { id: string }) => o.id === parent.id)).toMatchObject({
      memberCount: 0,
      subtreeMemberCount: 1,
    });
    const [leafNode] = (await township.get(`/api/orgs/tree?parentId=${parent.id}`)).json().items;
    expect(leafNode).toMatchObject({ id: leaf.id, memberCount: 1, subtreeMemberCount: 1 });
    const empty = await createOrg(township, {
      name: '三村第二支部',
      level: 'branch',
      regionCode: villages[3],
      parentId: parent.id,
    });
    expect((await township.request('DELETE', `/api/orgs/${empty.id}`)).json().deleted).toBe(true);
    const tree = (await township.get(`/api/orgs/tree?parentId=${parent.id}`)).json().items;
    expect(tree.map((o: { name: string }) => o.name)).toEqual(['三村第一支部']);
    const deleted = (await township.get('/api/orgs?deleted=true')).json().items;
    expect(deleted.map((o: { id: string }) => o.id)).toEqual([empty.id]);
    expect((await township.post(`/api/orgs/${empty.id}/restore`)).json().deleted).toBe(false);
    expect((await township.get(`/api/orgs/tree?parentId=${parent.id}`)).json().items).toHaveLength(2);
  });

  it('searches by name and edits the name', async () => {
    const org = await createOrg(township, { name: '四村党支部', level: 'branch', regionCode: villages[4] });
    expect((await township.patch(`/api/orgs/${org.id}`, { name: '四村红旗党支部' })).json().name).toBe(
      '四村红旗党支部',
    );
    const found = (await township.get(`/api/orgs?q=${encodeURIComponent('红旗')}`)).json();
    expect(found.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
  });
});

describe('two coverages (两个覆盖)', () => {
  it('computes both rates per unit type from the records', async () => {
    const org = await createOrg(township, {
      name: '园区联合党委',
      level: 'committee',
      kind: 'joint',
      regionCode: regions.ownTownship.code,
    });
    const unit = (body: Record<string, unknown>) =>
      township.post('/api/orgs/units', { regionCode: villages[0], unitType: 'enterprise', ...body });
    for (const body of [
      { name: '甲公司', partyOrgId: org.id },
      { name: '乙公司', partyOrgId: org.id, instructorName: '李指导员' },
      { name: '丙公司', instructorName: '赵指导员' },
      { name: '丁公司' },
      { name: '甲协会', unitType: 'social', partyOrgId: org.id },
      { name: '乙协会', unitType: 'social', instructorName: '钱指导员' },
      { name: '丙协会', unitType: 'social' },
    ])
      expect((await unit(body)).statusCode).toBe(201);
    // Outside the asked region: must not count.
    await county.post('/api/orgs/units', {
      name: '外镇公司',
      unitType: 'enterprise',
      regionCode: regions.otherVillage.code,
    });
    const gone = (await unit({ name: '已注销公司' })).json();
    expect((await township.request('DELETE', `/api/orgs/units/${gone.id}`)).statusCode).toBe(200);

    const res = await township.get(`/api/orgs/coverage?regionCode=${regions.ownTownship.code}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().byType).toEqual([
      {
        unitType: 'enterprise',
        organizational: { numerator: 2, denominator: 4, percent: 50 },
        work: { numerator: 3, denominator: 4, percent: 75 },
      },
      {
        unitType: 'social',
        organizational: { numerator: 1, denominator: 3, percent: 33.33 },
        work: { numerator: 2, denominator: 3, percent: 66.67 },
      },
    ]);
    const countyWide = (await county.get('/api/orgs/coverage')).json().byType[0];
    expect(countyWide.organizational).toEqual({ numerator: 2, denominator: 5, percent: 40 });
  });
});

describe('scope', () => {
  it('hides another township’s organizations: 404 on detail and coverage, absent from lists', async () => {
    const foreign = await createOrg(county, {
      name: '外镇党支部',
      level: 'branch',
      regionCode: regions.otherVillage.code,
    });
    expect((await township.get(`/api/orgs/${foreign.id}`)).statusCode).toBe(404);
    expect((await township.patch(`/api/orgs/${foreign.id}`, { name: '改' })).statusCode).toBe(404);
    expect((await township.request('DELETE', `/api/orgs/${foreign.id}`)).statusCode).toBe(404);
    expect(
      (await township.get(`/api/orgs/coverage?regionCode=${regions.otherTownship.code}`)).statusCode,
    ).toBe(404);
    const list = await township.get('/api/orgs?pageSize=200');
    expect(list.body).not.toContain(foreign.id);
    const child = await township.post('/api/orgs', {
      name: '挂外镇',
      level: 'group',
      kind: 'village',
      regionCode: villages[0],
      parentId: foreign.id,
    });
    expect(child.statusCode).toBe(404);
    expect((await county.get(`/api/orgs/${foreign.id}`)).statusCode).toBe(200);
  });
});
