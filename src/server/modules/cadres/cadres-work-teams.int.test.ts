import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, sessionAs } from '../../../testing/factories';
import { auditLog } from '../../platform/audit/tables';
import { closeHarness, county, h, openHarness, regions, secondVillage, township } from './cadres-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

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
