import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { regions as regionsTable } from '../regions/tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let secondVillage: string;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  const villages = await h.services.database.db
    .select({ code: regionsTable.code })
    .from(regionsTable)
    .where(and(eq(regionsTable.parentCode, regions.ownTownship.code), eq(regionsTable.level, 'village')))
    .orderBy(asc(regionsTable.code));
  secondVillage = villages[1].code;
});
afterAll(() => h.close());

const cadreOf = async (
  session: Session,
  regionCode: string,
  record: Record<string, unknown>,
  name?: string,
) => {
  const person = await insertPerson(h.services, { regionCode, name });
  const res = await session.post('/api/cadres', { personId: person.id, ...record });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const secretary = { body: 'party', post: 'secretary' };
const director = { body: 'committee', post: 'director' };

describe('cadre records', () => {
  it('derives 一肩挑 from the posts and writes the audit row', async () => {
    const cadre = await cadreOf(
      township,
      regions.ownVillage.code,
      {
        posts: [secretary, director],
        backgrounds: ['wealth_expert'],
        startedOn: '2021-01-01',
      },
      '王一肩',
    );
    expect(cadre).toMatchObject({ name: '王一肩', oneShoulder: true, regionCode: regions.ownVillage.code });
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, cadre.id), eq(auditLog.action, 'cadre.create')));
    expect(audit.diff).toMatchObject({ after: { isReserve: false, backgrounds: ['wealth_expert'] } });
    const edited = await township.patch(`/api/cadres/${cadre.id}`, { posts: [secretary] });
    expect(edited.json().oneShoulder).toBe(false);
    expect((await township.request('DELETE', `/api/cadres/${cadre.id}`)).statusCode).toBe(200);
    expect((await township.get(`/api/cadres/${cadre.id}`)).statusCode).toBe(404);
  });

  it('refuses a post that does not exist in its body, two posts in one body, and no post at all', async () => {
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    const wrong = await township.post('/api/cadres', {
      personId: person.id,
      posts: [{ body: 'party', post: 'director' }],
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().fields[0]).toMatchObject({
      path: 'posts.0.post',
      message: expect.stringContaining('书记'),
    });
    const twice = await township.post('/api/cadres', {
      personId: person.id,
      posts: [secretary, { body: 'party', post: 'member' }],
    });
    expect(twice.json().fields[0].path).toBe('posts.1.body');
    const none = await township.post('/api/cadres', { personId: person.id, posts: [] });
    expect(none.statusCode).toBe(422);
    const dates = await township.post('/api/cadres', {
      personId: person.id,
      posts: [secretary],
      startedOn: '2024-01-01',
      endedOn: '2023-01-01',
    });
    expect(dates.json().fields[0].path).toBe('endedOn');
    const yearZero = await township.post('/api/cadres', {
      personId: person.id,
      posts: [secretary],
      startedOn: '0000-01-01',
    });
    expect(yearZero.statusCode).toBe(400);
  });

  it('refuses a second record for the same person with 409', async () => {
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    expect((await township.post('/api/cadres', { personId: person.id, isReserve: true })).statusCode).toBe(
      201,
    );
    const again = await township.post('/api/cadres', { personId: person.id, posts: [secretary] });
    expect(again.statusCode).toBe(409);
    expect(
      (
        await township.request(
          'DELETE',
          `/api/cadres/${(await township.get('/api/cadres?isReserve=true&pageSize=200')).json().items.find((c: { personId: string }) => c.personId === person.id).id}`,
        )
      ).statusCode,
    ).toBe(200);
  });

  it('answers 404 for a person, a record or an edit in another township, and lists exclude them', async () => {
    const theirs = await cadreOf(county, regions.otherVillage.code, { posts: [secretary] }, '外乡干部');
    const stranger = await insertPerson(h.services, { regionCode: regions.otherVillage.code });
    expect(
      (await township.post('/api/cadres', { personId: stranger.id, posts: [secretary] })).statusCode,
    ).toBe(404);
    expect((await township.get(`/api/cadres/${theirs.id}`)).statusCode).toBe(404);
    expect((await township.patch(`/api/cadres/${theirs.id}`, { isReserve: true })).statusCode).toBe(404);
    expect((await township.request('DELETE', `/api/cadres/${theirs.id}`)).statusCode).toBe(404);
    const list = await township.get('/api/cadres?pageSize=200');
    expect(list.body).not.toContain('外乡干部');
    expect((await county.get('/api/cadres?pageSize=200')).body).toContain('外乡干部');
    await county.request('DELETE', `/api/cadres/${theirs.id}`);
  });

  it('refuses cadre writes to a village secretary with 403', async () => {
    const village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    expect((await village.post('/api/cadres', { personId: person.id, posts: [secretary] })).statusCode).toBe(
      403,
    );
    expect((await village.get('/api/cadres')).statusCode).toBe(200);
  });
});

describe('cadre statistics', () => {
  it('computes 一肩挑, backgrounds, secretaries who are wealth experts and reserves per village', async () => {
    const a = regions.ownVillage.code;
    await cadreOf(township, a, { posts: [secretary, director], backgrounds: ['wealth_expert'] });
    await cadreOf(township, a, {
      posts: [{ body: 'committee', post: 'deputy_director' }],
      backgrounds: ['returned_migrant'],
    });
    await cadreOf(township, a, { isReserve: true, backgrounds: ['returned_graduate'] });
    await cadreOf(township, a, { isReserve: true });
    await cadreOf(township, secondVillage, { posts: [secretary], backgrounds: ['veteran'] });
    await cadreOf(township, secondVillage, { posts: [director], backgrounds: ['wealth_expert'] });
    await cadreOf(township, secondVillage, { isReserve: true });
    await cadreOf(township, secondVillage, {
      posts: [{ body: 'party', post: 'deputy_secretary' }],
      backgrounds: ['wealth_expert'],
      startedOn: '2018-01-01',
      endedOn: '2020-12-31',
    });
    await cadreOf(county, regions.otherVillage.code, {
      posts: [secretary, director],
      backgrounds: ['wealth_expert'],
    });

    const mine = (await township.get('/api/cadres/stats')).json();
    expect(mine).toMatchObject({
      villages: 2,
      cadres: 4,
      oneShoulder: { numerator: 1, denominator: 2, value: 0.5 },
      secretariesWealthExpert: { numerator: 1, denominator: 2, value: 0.5 },
      reservePerVillage: { numerator: 3, denominator: 2, value: 1.5 },
    });
    const count = (stats: { byBackground: { background: string; count: number }[] }, b: string) =>
      stats.byBackground.find((x) => x.background === b)?.count;
    expect([count(mine, 'wealth_expert'), count(mine, 'returned_migrant'), count(mine, 'veteran')]).toEqual([
      2, 1, 1,
    ]);
    // Reserve cadres hold no post: their backgrounds are not counted among serving cadres.
    expect(count(mine, 'returned_graduate')).toBe(0);

    const all = (await county.get('/api/cadres/stats')).json();
    expect(all.oneShoulder).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(all.secretariesWealthExpert).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    const one = (await county.get(`/api/cadres/stats?regionCode=${a}`)).json();
    expect(one).toMatchObject({ villages: 1, oneShoulder: { numerator: 1, denominator: 1, value: 1 } });
    const outside = (await township.get(`/api/cadres/stats?regionCode=${regions.otherVillage.code}`)).json();
    expect(outside).toMatchObject({ villages: 0, cadres: 0, oneShoulder: { value: null } });
  });
});

describe('stationed work teams', () => {
  it('counts teams and members by sending level, with phones masked', async () => {
    const team = await county.post('/api/work-teams', {
      regionCode: regions.ownVillage.code,
      name: '县委组织部驻村工作队',
      sendingUnit: '县委组织部',
      sendingLevel: 'county',
    });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().id;
    const add = (body: Record<string, unknown>) => county.post(`/api/work-teams/${teamId}/members`, body);
    const leader = await add({ name: '李队长', role: 'leader', phone: '13812345678' });
    expect(leader.statusCode).toBe(201);
    expect(leader.body).not.toContain('13812345678');
    expect(leader.json().members[0]).toMatchObject({ phoneMasked: '138****5678', sendingLevel: 'county' });
    await add({
      name: '张书记',
      role: 'first_secretary',
      sendingUnit: '自治区财政厅',
      sendingLevel: 'province',
    });
    const extra = await add({ name: '赵队员', role: 'member' });
    const other = (
      await county.post('/api/work-teams', {
        regionCode: secondVillage,
        name: '市直工作队',
        sendingUnit: '百色市农业农村局',
        sendingLevel: 'city',
      })
    ).json();
    await county.post(`/api/work-teams/${other.id}/members`, { name: '钱队长', role: 'leader' });
    await county.post(`/api/work-teams/${other.id}/members`, { name: '孙队员', role: 'member' });
    const leaving = await county.post(`/api/work-teams/${other.id}/members`, {
      name: '周队员',
      role: 'member',
    });
    const leaverId = leaving.json().members.find((m: { name: string }) => m.name === '周队员').id;
    expect(
      (await county.request('DELETE', `/api/work-teams/${other.id}/members/${leaverId}`)).statusCode,
    ).toBe(200);

    const stats = (await township.get('/api/work-teams/stats')).json();
    expect(stats).toEqual({
      teams: 2,
      members: 5,
      firstSecretaries: 1,
      bySendingLevel: [
        { sendingLevel: 'province', teams: 1, members: 1 },
        { sendingLevel: 'city', teams: 1, members: 2 },
        { sendingLevel: 'county', teams: 1, members: 2 },
        { sendingLevel: 'township', teams: 0, members: 0 },
      ],
    });
    expect(extra.json().members).toHaveLength(3);
    const otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    expect((await otherTownship.get('/api/work-teams/stats')).json().members).toBe(0);
    expect((await otherTownship.get(`/api/work-teams/${teamId}`)).statusCode).toBe(404);
    expect((await otherTownship.get('/api/work-teams')).json().total).toBe(0);
  });

  it('edits a team’s name and dates and a member’s role and phone, audited, within the caller’s scope', async () => {
    const team = (
      await township.post('/api/work-teams', {
        regionCode: regions.ownVillage.code,
        name: '乡农业站工作队',
        sendingUnit: '乡农业站',
        sendingLevel: 'township',
      })
    ).json();
    const member = (
      await township.post(`/api/work-teams/${team.id}/members`, { name: '蒙队员', role: 'member' })
    ).json().members[0];
    const renamed = await township.patch(`/api/work-teams/${team.id}`, {
      name: '县乡村振兴局工作队',
      sendingLevel: 'county',
      startedOn: '2024-03-01',
      endedOn: '2026-02-28',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: '县乡村振兴局工作队',
      sendingUnit: '乡农业站',
      sendingLevel: 'county',
      startedOn: '2024-03-01',
      endedOn: '2026-02-28',
      regionCode: regions.ownVillage.code,
    });
    const backwards = await township.patch(`/api/work-teams/${team.id}`, { endedOn: '2023-01-01' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().fields[0].path).toBe('endedOn');
    const [teamAudit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, team.id), eq(auditLog.action, 'work_team.update')));
    expect(teamAudit.diff).toMatchObject({
      before: { name: '乡农业站工作队', endedOn: null },
      after: { name: '县乡村振兴局工作队', endedOn: '2026-02-28' },
    });

    const url = `/api/work-teams/${team.id}/members/${member.id}`;
    const promoted = await township.patch(url, { role: 'first_secretary', phone: '13912345678' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.body).not.toContain('13912345678');
    expect(promoted.json().members[0]).toMatchObject({
      name: '蒙队员',
      role: 'first_secretary',
      phoneMasked: '139****5678',
    });
    const cleared = await township.patch(url, { phone: null });
    expect(cleared.json().members[0]).toMatchObject({ role: 'first_secretary', phoneMasked: null });
    expect((await township.patch(url, { phone: '12' })).statusCode).toBe(400);
    const [memberAudit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, member.id), eq(auditLog.action, 'work_team.update_member')))
      .orderBy(asc(auditLog.id))
      .limit(1);
    expect(memberAudit.diff).toMatchObject({
      before: { role: 'member', phone: null },
      after: { role: 'first_secretary', phone: '139****5678' },
    });

    const otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    expect((await otherTownship.patch(`/api/work-teams/${team.id}`, { name: '改' })).statusCode).toBe(404);
    expect((await otherTownship.patch(url, { role: 'leader' })).statusCode).toBe(404);
    const village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    expect((await village.patch(url, { role: 'leader' })).statusCode).toBe(403);
    const removed = await township.request('DELETE', url);
    expect(removed.statusCode).toBe(200);
    expect((await township.patch(url, { role: 'leader' })).statusCode).toBe(404);
  });

  it('refuses a team outside the caller’s scope or on a township code', async () => {
    const body = { name: '工作队', sendingUnit: '单位', sendingLevel: 'county' };
    const outside = await township.post('/api/work-teams', {
      ...body,
      regionCode: regions.otherVillage.code,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().fields[0].path).toBe('regionCode');
    const notVillage = await township.post('/api/work-teams', {
      ...body,
      regionCode: regions.ownTownship.code,
    });
    expect(notVillage.statusCode).toBe(422);
    const user = await makeUser(h.services, { role: 'stationed_cadre', regionCode: regions.ownVillage.code });
    const stationed = await loginAs(h.app, user.username);
    expect(
      (await stationed.post('/api/work-teams', { ...body, regionCode: regions.ownVillage.code })).statusCode,
    ).toBe(403);
  });
});
