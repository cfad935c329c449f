import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../contracts/id-number';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { persons, residenceHistory } from './tables';
import { householdBody, makeHousehold, makeIdNumber, nextIdNumber } from './test-factories';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let otherTownship: Session;
let gridWorker: Session;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
});
afterAll(() => h.close());
const db = () => h.services.database.db;

describe('households and persons', () => {
  it('creates a household with its head, deriving birth date and sex from the ID number', async () => {
    const idNumber = makeIdNumber('451022', '19850317', 123);
    const household = await makeHousehold(township, regions.ownVillage.code, {
      name: '黄志强',
      idNumber,
      phone: '13812345678',
    });
    const profile = (await township.get(`/api/households/${household.id}/profile`)).json();
    expect(profile.household.headName).toBe('黄志强');
    expect(profile.members).toHaveLength(1);
    expect(profile.members[0]).toMatchObject({
      relation: 'head',
      sex: 'male',
      birthDate: '1985-03-17',
      phoneMasked: '138****5678',
    });
    expect(profile.members[0].idNumberMasked).toBe(`4510**********${idNumber.slice(-4)}`);
    expect(JSON.stringify(profile)).not.toContain(idNumber);
    expect(profile).toMatchObject({
      visits: { total: 0, recent: [] },
      events: { total: 0, items: [] },
      grid: null,
      contactMembers: [],
      partyMembers: [],
    });
    expect(profile.points).toMatchObject({ accountId: null, balance: 0 });
    const [stored] = await db().select().from(persons).where(eq(persons.id, household.headPersonId));
    expect(stored.idNumberEnc).not.toContain(idNumber);
    expect(stored.idLast4).toBe(idNumber.slice(-4));
    expect(stored.initials).toBe('hzq');
  });

  it('refuses an ID number with a wrong check character, naming the field in Chinese', async () => {
    const good = nextIdNumber();
    const bad = `${good.slice(0, 17)}${idNumberCheckChar(good.slice(0, 17)) === '1' ? '2' : '1'}`;
    const res = await township.post(
      '/api/households',
      householdBody(regions.ownVillage.code, { idNumber: bad }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'head.idNumber', message: '身份证号校验位不正确' });
  });

  it('answers 409 with the field when a living person already holds the ID number', async () => {
    const idNumber = nextIdNumber();
    const household = await makeHousehold(township, regions.ownVillage.code, { idNumber });
    const res = await township.post('/api/persons', {
      householdId: household.id,
      relation: 'son',
      name: '重复',
      idNumber,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().fields[0].path).toBe('idNumber');
  });

  it('hides a household of another township: 404 on read, write and profile', async () => {
    const foreign = await makeHousehold(otherTownship, regions.otherVillage.code, { name: '外乡人' });
    for (const res of [
      await township.get(`/api/households/${foreign.id}`),
      await township.get(`/api/households/${foreign.id}/profile`),
      await township.patch(`/api/households/${foreign.id}`, { address: '改' }),
      await township.request('DELETE', `/api/households/${foreign.id}`),
      await township.get(`/api/persons/${foreign.headPersonId}`),
    ])
      expect(res.statusCode).toBe(404);
    const list = await township.get('/api/households?q=外乡人');
    expect(list.json().total).toBe(0);
    const created = await township.post('/api/households', householdBody(regions.otherVillage.code));
    expect(created.statusCode).toBe(422);
  });

  it('soft-deletes a household with its members and restores both', async () => {
    const household = await makeHousehold(township, regions.ownVillage.code);
    await township.post('/api/persons', {
      householdId: household.id,
      relation: 'spouse',
      name: '妻子',
      idNumber: nextIdNumber(),
    });
    expect((await township.request('DELETE', `/api/households/${household.id}`)).statusCode).toBe(200);
    expect((await township.get(`/api/households?q=${household.householdNo}`)).json().total).toBe(0);
    const restored = await township.post(`/api/households/${household.id}/restore`);
    expect(restored.json()).toMatchObject({ deleted: false, memberCount: 2 });
    const audits = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, household.id))
      .orderBy(auditLog.seq);
    expect(audits.map((a) => a.action)).toEqual([
      'household.create',
      'household.delete',
      'household.restore',
    ]);
  });

  it('changes the head to another member', async () => {
    const household = await makeHousehold(township, regions.ownVillage.code);
    const son = (
      await township.post('/api/persons', {
        householdId: household.id,
        relation: 'son',
        name: '儿子',
        idNumber: nextIdNumber(),
      })
    ).json();
    const res = await township.patch(`/api/households/${household.id}`, { headPersonId: son.id });
    expect(res.json()).toMatchObject({ headPersonId: son.id, headName: '儿子' });
    expect((await township.get(`/api/persons/${household.headPersonId}`)).json().relation).toBe('other');
  });
});

describe('search', () => {
  it('finds a person by full ID number and by phone through the blind index, and by the last 4 digits', async () => {
    const idNumber = makeIdNumber('451022', '19700505', 777);
    const household = await makeHousehold(township, regions.ownVillage.code, {
      name: '韦秀兰',
      idNumber,
      phone: '13698765432',
    });
    for (const q of [idNumber, idNumber.toLowerCase(), '13698765432', idNumber.slice(-4), 'wxl', '秀兰']) {
      const res = await township.get(`/api/households?q=${encodeURIComponent(q)}`);
      expect(
        res.json().items.map((i: { id: string }) => i.id),
        q,
      ).toContain(household.id);
    }
    const [listed] = (
      await township.get(`/api/households?q=${idNumber.slice(-4)}&regionCode=${regions.ownVillage.code}`)
    )
      .json()
      .items.filter((i: { id: string }) => i.id === household.id);
    expect(listed).toMatchObject({
      headIdNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      headPhoneMasked: '136****5432',
    });
    const persons = await township.get(`/api/persons?q=${idNumber}`);
    expect(persons.json().items).toHaveLength(1);
    expect((await township.get('/api/households?q=13600000000')).json().total).toBe(0);
  });

  it('says which member matched when a household is listed for someone other than its head', async () => {
    const byMember = await makeHousehold(township, regions.ownVillage.code, { name: '李国强' });
    const daughter = await township.post('/api/persons', {
      householdId: byMember.id,
      relation: 'daughter',
      name: '黄秋燕',
      idNumber: nextIdNumber(),
    });
    expect(daughter.statusCode, daughter.body).toBe(201);
    const byHead = await makeHousehold(township, regions.ownVillage.code, { name: '黄秋生' });
    const items: { id: string; headName: string; matchedMembers?: unknown[] }[] = (
      await township.get(`/api/households?q=${encodeURIComponent('黄秋')}&pageSize=200`)
    ).json().items;
    expect(items.find((i) => i.id === byMember.id)).toMatchObject({
      headName: '李国强',
      matchedMembers: [{ name: '黄秋燕', relation: 'daughter' }],
    });
    expect(items.find((i) => i.id === byHead.id)).toMatchObject({ headName: '黄秋生', matchedMembers: [] });
    // Without a search nothing is said about matches.
    const plain = (await township.get(`/api/households?regionCode=${regions.ownVillage.code}`)).json();
    expect(plain.items[0]).not.toHaveProperty('matchedMembers');
  });

  it('calls a searched ID number with a wrong check digit invalid instead of finding no household', async () => {
    const good = nextIdNumber();
    const bad = `${good.slice(0, 17)}${idNumberCheckChar(good.slice(0, 17)) === '1' ? '2' : '1'}`;
    for (const path of ['/api/households', '/api/persons']) {
      const res = await township.get(`${path}?q=${bad}`);
      expect(res.statusCode, path).toBe(422);
      expect(res.json().message).toContain('校验位');
      expect(res.json().fields[0]).toMatchObject({
        path: 'q',
        message: expect.stringContaining('校验位不正确'),
      });
    }
    expect((await township.get(`/api/households?q=${good}`)).statusCode).toBe(200);
  });

  it('filters by village, poverty status and relocation', async () => {
    const a = await makeHousehold(
      county,
      regions.ownVillage.code,
      {},
      { povertyStatus: 'monitored', relocated: true, relocationSite: '县城安置点' },
    );
    const res = await township.get(
      `/api/households?regionCode=${regions.ownVillage.code}&povertyStatus=monitored&relocated=true`,
    );
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect((await township.get(`/api/households?regionCode=${regions.otherVillage.code}`)).json().total).toBe(
      0,
    );
  });

  it('lets a grid worker list but not reveal; a township reveals with a purpose, audited', async () => {
    const idNumber = nextIdNumber();
    const household = await makeHousehold(township, regions.ownVillage.code, { idNumber });
    const body = { field: 'idNumber', purpose: '核对低保申请' };
    expect((await gridWorker.post(`/api/persons/${household.headPersonId}/reveal`, body)).statusCode).toBe(
      403,
    );
    const res = await township.post(`/api/persons/${household.headPersonId}/reveal`, body);
    expect(res.json()).toEqual({ value: idNumber });
    const [row] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, household.headPersonId), eq(auditLog.action, 'person.reveal')));
    expect(row.diff).toEqual(body);
  });
});

describe('moves keep history', () => {
  it('moves a person to another household and records the old one', async () => {
    const from = await makeHousehold(township, regions.ownVillage.code);
    const to = await makeHousehold(township, regions.ownVillage.code);
    const son = (
      await township.post('/api/persons', {
        householdId: from.id,
        relation: 'son',
        name: '分户子',
        idNumber: nextIdNumber(),
      })
    ).json();
    const res = await township.post(`/api/persons/${son.id}/move`, {
      householdId: to.id,
      relation: 'son_in_law',
      reason: '入赘',
    });
    expect(res.json()).toMatchObject({ householdId: to.id, relation: 'son_in_law' });
    const history = await db().select().from(residenceHistory).where(eq(residenceHistory.subjectId, son.id));
    expect(history).toMatchObject([
      { kind: 'household', fromValue: from.id, toValue: to.id, reason: '入赘' },
    ]);
    const profile = (await township.get(`/api/households/${to.id}/profile`)).json();
    expect(profile.history[0]).toMatchObject({
      subjectId: son.id,
      fromValue: from.id,
      fromLabel: from.householdNo,
      toLabel: to.householdNo,
    });
  });

  it('moves a household to another village with its members and keeps the old village', async () => {
    const household = await makeHousehold(county, regions.ownVillage.code);
    const villages = await county.get(`/api/regions/${regions.ownTownship.code}/children`);
    const target =
      villages.json().items.find((v: { code: string }) => v.code !== regions.ownVillage.code)?.code ??
      regions.otherVillage.code;
    const res = await county.patch(`/api/households/${household.id}`, {
      regionCode: target,
      moveReason: '易地搬迁',
    });
    expect(res.json().regionCode).toBe(target);
    const [head] = await db().select().from(persons).where(eq(persons.id, household.headPersonId));
    expect(head.regionCode).toBe(target);
    const history = await db()
      .select()
      .from(residenceHistory)
      .where(eq(residenceHistory.subjectId, household.id));
    expect(history).toMatchObject([{ kind: 'village', fromValue: regions.ownVillage.code, toValue: target }]);
    const profile = (await county.get(`/api/households/${household.id}/profile`)).json();
    const names = await county.get(`/api/regions/${target}`);
    expect(profile.history[0]).toMatchObject({
      kind: 'village',
      fromLabel: regions.ownVillage.name,
      toLabel: names.json().name,
    });
  });

  it("names a household outside the viewer's scope in the history only as a value, not by its number", async () => {
    const from = await makeHousehold(county, regions.otherVillage.code);
    const to = await makeHousehold(county, regions.ownVillage.code);
    const mover = (
      await county.post('/api/persons', {
        householdId: from.id,
        relation: 'daughter',
        name: '外嫁女',
        idNumber: nextIdNumber(),
      })
    ).json();
    await county.post(`/api/persons/${mover.id}/move`, { householdId: to.id, relation: 'daughter_in_law' });
    const seenByCounty = (await county.get(`/api/households/${to.id}/profile`)).json();
    expect(seenByCounty.history[0]).toMatchObject({ fromLabel: from.householdNo, toLabel: to.householdNo });
    const seenByTownship = (await township.get(`/api/households/${to.id}/profile`)).json();
    expect(seenByTownship.history[0]).toMatchObject({ fromLabel: null, toLabel: to.householdNo });
  });
});
