import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import {
  county,
  db,
  otherTownship,
  regions,
  township,
  village,
  villagesUnder,
  withAssessHarness,
} from '../assessments-test-kit';
import { weakOrgs } from '../tables';
import { plusOneYear } from './dates';
import { act, identified, inDays, rectifying, today, year } from './weak-test-kit';

withAssessHarness();

const ownVillage = async (i: number) => (await villagesUnder(regions.ownTownship.code))[i].code;

const pass = { score: 82, dissatisfied: 10, panelSize: 18, methods: ['listen', 'appraise', 'talk', 'check'] };

describe('a weak organization’s rectification', () => {
  it('goes identified → assigned → rectifying → accepting → closed → consolidated', async () => {
    const nominated = await ok(
      township.post('/api/assess/weak/nominations', {
        regionCode: regions.ownVillage.code,
        year,
        situations: ['W02', 'W05'],
        findings: '班子不团结，村务不公开',
      }),
      201,
    );
    expect(nominated.status).toBe('nominated');
    expect((await act(township, nominated.id, 'confirm')).statusCode).toBe(403);
    let w = await ok(act(county, nominated.id, 'confirm'));
    expect(w.status).toBe('identified');
    expect(w.situationNames.map((s: { name: string }) => s.name)).toContain('村务财务不公开、民主管理混乱');

    w = await ok(act(county, w.id, 'assign', { leaderName: '王县长', leaderPost: '县委常委' }));
    expect([w.status, w.leaderName]).toEqual(['assigned', '王县长']);
    expect((await act(township, w.id, 'plan', { measures: [] })).statusCode).toBe(422);
    w = await ok(
      act(township, w.id, 'plan', {
        measures: [
          { slot: '调整、配强书记', text: '选派能人任书记', ownerName: '张乡长', deadline: inDays(20) },
        ],
      }),
    );
    expect([w.status, w.deadline, w.measures.length]).toEqual(['rectifying', inDays(20), 1]);

    await ok(
      village.post(`/api/assess/weak/${w.id}/logs`, {
        kind: 'contact',
        contactKind: 'lecture',
        text: '王县长讲党课',
        happenedOn: today,
      }),
      201,
    );
    w = await ok(
      village.post(`/api/assess/weak/measures/${w.measures[0].id}/done`, { note: '已选派新书记' }),
    );
    expect(w.measures[0].status).toBe('done');
    w = await ok(act(township, w.id, 'requestAcceptance'));
    expect(w.status).toBe('accepting');

    w = await ok(act(county, w.id, 'accept', { acceptance: pass }));
    expect(w.status).toBe('closed');
    expect(w.acceptance).toMatchObject({ score: 82, passed: true });
    expect(w.consolidationEnds).toBe(plusOneYear(today));

    const early = await act(county, w.id, 'consolidate');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('巩固期');
    await db()
      .update(weakOrgs)
      .set({ consolidationEnds: inDays(-1) })
      .where(eq(weakOrgs.id, w.id));
    const noCheckin = await act(county, w.id, 'consolidate');
    expect([noCheckin.statusCode, noCheckin.json().message]).toEqual([
      409,
      expect.stringContaining('回头看'),
    ]);
    await ok(
      township.post(`/api/assess/weak/${w.id}/logs`, {
        kind: 'checkin',
        text: '回头看：班子稳定',
        happenedOn: today,
      }),
      201,
    );
    w = await ok(act(county, w.id, 'consolidate'));
    expect(w.status).toBe('consolidated');
    expect(w.history.map((s: { to: string }) => s.to)).toEqual([
      'nominated',
      'identified',
      'assigned',
      'rectifying',
      'accepting',
      'closed',
      'consolidated',
    ]);
    expect(w.logs.map((l: { kind: string }) => l.kind)).toEqual(['contact', 'checkin']);
  });

  it('cannot ask for acceptance, nor be accepted, while a measure is open', async () => {
    const w = await rectifying(undefined, await ownVillage(1));
    const refused = await act(county, w.id, 'requestAcceptance');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('还有 2 项整顿措施未完成');
    const early = await act(county, w.id, 'accept', { acceptance: pass });
    expect(early.statusCode).toBe(409);
    expect((await db().select().from(weakOrgs).where(eq(weakOrgs.id, w.id)))[0].status).toBe('rectifying');
  });

  it('goes back to rectifying with a new deadline when the acceptance fails', async () => {
    const third = await ownVillage(2);
    let w = await rectifying([{ text: '规范村务公开', ownerName: '李书记', deadline: inDays(10) }], third);
    await ok(township.post(`/api/assess/weak/measures/${w.measures[0].id}/done`, { note: '按季度公开' }));
    await ok(act(township, w.id, 'requestAcceptance'));
    const noDeadline = await act(county, w.id, 'accept', { acceptance: { ...pass, dissatisfied: 60 } });
    expect(noDeadline.statusCode).toBe(422);
    w = await ok(act(county, w.id, 'accept', { acceptance: { ...pass, score: 65 }, deadline: inDays(60) }));
    expect([w.status, w.deadline, w.acceptance.passed]).toEqual(['rectifying', inDays(60), false]);
    w = await ok(
      township.post(`/api/assess/weak/${w.id}/measures`, {
        text: '再开一次群众评议会',
        ownerName: '李书记',
        deadline: inDays(30),
      }),
      201,
    );
    expect(w.measures).toHaveLength(2);
    expect((await act(township, w.id, 'requestAcceptance')).statusCode).toBe(409);
  });

  it('is neither seen nor changed by another township, and dismissed only by the county with a reason', async () => {
    const fourth = await ownVillage(3);
    const w = await identified(fourth);
    expect((await otherTownship.get(`/api/assess/weak/${w.id}`)).statusCode).toBe(404);
    expect((await act(otherTownship, w.id, 'dismiss', { reason: '不属实' })).statusCode).toBe(404);
    expect((await act(township, w.id, 'dismiss', { reason: '不属实' })).statusCode).toBe(403);
    expect((await act(county, w.id, 'dismiss')).statusCode).toBe(422);
    expect((await ok(act(county, w.id, 'dismiss', { reason: '核查不属实' }))).status).toBe('dismissed');
    const again = await identified(fourth);
    expect(again.status).toBe('identified');
    expect(
      (
        await county.post('/api/assess/weak', {
          regionCode: fourth,
          year,
          source: 'nominated',
          situations: [],
          findings: '重复认定一次',
        })
      ).statusCode,
    ).toBe(409);
  });
});
