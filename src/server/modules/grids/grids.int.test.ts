import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertHousehold } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { newId } from '../../platform/auth/session';
import { households } from '../households/tables';
import { partyOrgs } from '../org/tables';
import { gridWorkers } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let village: Session;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
});
afterAll(() => h.close());

const create = async (session: Session, body: Record<string, unknown>) => {
  const res = await session.post('/api/grids', body);
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const gridOf = async (householdId: string) =>
  (await h.services.database.db.select().from(households).where(eq(households.id, householdId)))[0].gridId;

let big: { id: string; code: string };
let middle: { id: string; code: string };
let small: { id: string; code: string };

describe('grid tree and codes', () => {
  it('codes big, middle and small grids from the village code in sequence', async () => {
    const v = regions.ownVillage.code;
    big = await create(village, { tier: 'big', regionCode: v, name: '本村大网格' });
    expect(big).toMatchObject({ code: `${v}0000`, tier: 'big', parentId: null, regionCode: v });
    middle = await create(village, { tier: 'middle', parentId: big.id, name: '上寨寨管委' });
    const middle2 = await create(village, { tier: 'middle', parentId: big.id, name: '下寨寨管委' });
    expect([middle, middle2].map((g) => g.code)).toEqual([`${v}0100`, `${v}0200`]);
    small = await create(village, { tier: 'small', parentId: middle.id, name: '第一十联户' });
    const small2 = await create(village, { tier: 'small', parentId: middle.id, name: '第二十联户' });
    expect([small.code, small2.code]).toEqual([`${v}0101`, `${v}0102`]);
    // A deleted grid's number is not given again.
    expect((await village.request('DELETE', `/api/grids/${small2.id}`)).statusCode).toBe(200);
    const small3 = await create(village, { tier: 'small', parentId: middle.id, name: '第三十联户' });
    expect(small3.code).toBe(`${v}0103`);
    const top = (await village.get('/api/grids')).json().items;
    expect(top.map((g: { id: string }) => g.id)).toEqual([big.id]);
    expect(top[0].childCount).toBe(2);
    const children = (await village.get(`/api/grids?parentId=${middle.id}`)).json().items;
    expect(children.map((g: { name: string }) => g.name)).toEqual(['第一十联户', '第三十联户']);
  });

  it('keeps the tier order and one big grid per village', async () => {
    const wrong = await village.post('/api/grids', { tier: 'small', parentId: big.id, name: '越级' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().fields[0]).toEqual({ path: 'parentId', message: '小网格的上级应为中网格' });
    const underSmall = await village.post('/api/grids', { tier: 'middle', parentId: small.id, name: '倒挂' });
    expect(underSmall.statusCode).toBe(422);
    const again = await village.post('/api/grids', {
      tier: 'big',
      regionCode: regions.ownVillage.code,
      name: '第二个',
    });
    expect(again.statusCode).toBe(409);
    const noParent = await village.post('/api/grids', { tier: 'middle', name: '无上级' });
    expect(noParent.json().fields[0].path).toBe('parentId');
    const township = await village.post('/api/grids', {
      tier: 'big',
      regionCode: regions.ownTownship.code,
      name: '乡',
    });
    expect(township.statusCode).toBe(422);
  });

  it('binds a party branch of the scope and refuses a party committee or an unknown id', async () => {
    const db = h.services.database.db;
    const org = (level: string) => ({
      id: newId(),
      regionCode: regions.ownVillage.code,
      name: `测试${level}`,
      level,
      kind: 'village',
    });
    const [branch] = await db.insert(partyOrgs).values(org('branch')).returning();
    const [committee] = await db.insert(partyOrgs).values(org('committee')).returning();
    const bound = await village.patch(`/api/grids/${small.id}`, { partyOrgId: branch.id });
    expect(bound.json().partyOrg).toEqual({ id: branch.id, name: '测试branch' });
    const refused = await village.patch(`/api/grids/${small.id}`, { partyOrgId: committee.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields[0].path).toBe('partyOrgId');
    expect((await village.patch(`/api/grids/${small.id}`, { partyOrgId: newId() })).statusCode).toBe(422);
  });
});

describe('households in small grids', () => {
  it('assigns households, moves one to another small grid, and shows them on the grid card', async () => {
    const [a, b] = [
      await insertHousehold(h.services, { regionCode: regions.ownVillage.code, headName: '韦甲' }),
      await insertHousehold(h.services, { regionCode: regions.ownVillage.code, headName: '黄乙' }),
    ];
    const card = await village.post(`/api/grids/${small.id}/households`, { householdIds: [a.id, b.id] });
    expect(card.statusCode).toBe(200);
    expect(
      card
        .json()
        .households.map((x: { headName: string }) => x.headName)
        .sort(),
    ).toEqual(['韦甲', '黄乙']);
    const other = await create(village, { tier: 'small', parentId: middle.id, name: '第四十联户' });
    await village.post(`/api/grids/${other.id}/households`, { householdIds: [b.id] });
    expect([await gridOf(a.id), await gridOf(b.id)]).toEqual([small.id, other.id]);

    await village.post(`/api/grids/${small.id}/workers`, { name: '网格员韦', phone: '13912345678' });
    const view = await village.get(`/api/grids/${small.id}/card`);
    expect(view.statusCode).toBe(200);
    const body = view.json();
    expect(body.households.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(body.workers).toEqual([expect.objectContaining({ name: '网格员韦', phoneMasked: '139****5678' })]);
    expect(view.body).not.toContain('13912345678');
    expect(body.grid.partyOrg.name).toBe('测试branch');
    expect(body.path.map((p: { tier: string }) => p.tier)).toEqual(['big', 'middle', 'small']);
    const middleCard = (await village.get(`/api/grids/${middle.id}/card`)).json();
    expect(middleCard.grid.householdCount).toBe(2);
    expect(middleCard.households).toHaveLength(2);
  });

  it('shows the small grid and its middle grid on the one-household view', async () => {
    const hh = await insertHousehold(h.services, { regionCode: regions.ownVillage.code, headName: '农丙' });
    await village.post(`/api/grids/${small.id}/households`, { householdIds: [hh.id] });
    const profile = (await village.get(`/api/households/${hh.id}/profile`)).json();
    expect(profile.smallGridUnit).toEqual({ id: small.id, name: '第一十联户' });
    expect(profile.grid).toEqual({ id: middle.id, name: '上寨寨管委' });
  });

  it('refuses households of another village, a middle grid as target, and deleting a grid with households', async () => {
    const elsewhere = await insertHousehold(h.services, { regionCode: regions.otherVillage.code });
    const res = await township.post(`/api/grids/${small.id}/households`, { householdIds: [elsewhere.id] });
    expect(res.statusCode).toBe(404);
    expect(await gridOf(elsewhere.id)).toBeNull();
    const own = await insertHousehold(h.services, { regionCode: regions.ownVillage.code });
    const toMiddle = await village.post(`/api/grids/${middle.id}/households`, { householdIds: [own.id] });
    expect(toMiddle.statusCode).toBe(422);
    const busy = await village.request('DELETE', `/api/grids/${small.id}`);
    expect(busy.statusCode).toBe(409);
    expect(busy.json().message).toContain('农户');
    const parent = await village.request('DELETE', `/api/grids/${middle.id}`);
    expect(parent.json().message).toContain('下级网格');
  });

  it('refuses a household of a neighbouring village in the same township', async () => {
    const neighbourVillage = (await township.get(`/api/regions/${regions.ownTownship.code}/children`))
      .json()
      .items.map((r: { code: string }) => r.code)
      .find((c: string) => c !== regions.ownVillage.code);
    const neighbour = await insertHousehold(h.services, { regionCode: neighbourVillage });
    const res = await township.post(`/api/grids/${small.id}/households`, { householdIds: [neighbour.id] });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields[0].path).toBe('householdIds');
  });
});

describe('grid workers', () => {
  it('changes a worker’s name and phone, clears the phone, and audits each change', async () => {
    const added = (
      await village.post(`/api/grids/${small.id}/workers`, { name: '旧名', phone: '13911112222' })
    ).json();
    const renamed = await village.patch(`/api/grids/${small.id}/workers/${added.id}`, {
      name: '新名',
      phone: '13933334444',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id: added.id, name: '新名', phoneMasked: '139****4444' });
    const [row] = await h.services.database.db.select().from(gridWorkers).where(eq(gridWorkers.id, added.id));
    expect(h.services.pii.decrypt(row.phoneEnc!)).toBe('13933334444');
    expect(row.phoneIdx).toBe(h.services.pii.blindIndex('phone', '13933334444'));
    const cleared = await village.patch(`/api/grids/${small.id}/workers/${added.id}`, { phone: null });
    expect(cleared.json()).toMatchObject({ name: '新名', phoneMasked: null });
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'grid.update_worker'));
    expect(audits.map((a) => a.entityId)).toEqual([added.id, added.id]);
    expect(JSON.stringify(audits[0].diff)).toContain('新名');
  });

  it('refuses a bad phone, a worker of another grid and a role that may only read', async () => {
    const added = (await village.post(`/api/grids/${small.id}/workers`, { name: '网格员甲' })).json();
    const bad = await village.patch(`/api/grids/${small.id}/workers/${added.id}`, { phone: '123' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toEqual({ path: 'phone', message: '手机号应为11位，以1开头' });
    expect(
      (await village.patch(`/api/grids/${middle.id}/workers/${added.id}`, { name: 'x' })).statusCode,
    ).toBe(404);
    const reader = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    expect((await reader.patch(`/api/grids/${small.id}/workers/${added.id}`, { name: 'x' })).statusCode).toBe(
      403,
    );
  });
});

describe('grid scope', () => {
  it('answers 404 outside the scope and leaves other villages out of the tree', async () => {
    const countyAdmin = await makeUser(h.services, { role: 'county_admin', regionCode: regions.county });
    const county = await loginAs(h.app, countyAdmin.username);
    const theirs = await create(county, {
      tier: 'big',
      regionCode: regions.otherVillage.code,
      name: '外乡大网格',
    });
    expect((await township.get(`/api/grids/${theirs.id}/card`)).statusCode).toBe(404);
    expect((await township.get(`/api/grids?parentId=${theirs.id}`)).statusCode).toBe(404);
    expect((await township.patch(`/api/grids/${theirs.id}`, { name: '改' })).statusCode).toBe(404);
    const child = await township.post('/api/grids', { tier: 'middle', parentId: theirs.id, name: '越界' });
    expect(child.statusCode).toBe(404);
    expect((await township.get('/api/grids')).body).not.toContain('外乡大网格');
    expect((await county.get('/api/grids')).body).toContain('外乡大网格');
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const gridWorker = await loginAs(h.app, worker.username);
    expect((await gridWorker.get(`/api/grids/${small.id}/card`)).statusCode).toBe(200);
    expect(
      (await gridWorker.post('/api/grids', { tier: 'small', parentId: middle.id, name: 'x' })).statusCode,
    ).toBe(403);
  });
});
