import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables';
import { events } from '../../events/tables';
import { makeIdNumber } from '../../households/test-factories';
import { visitProblems, visitRecords } from '../tables';
import {
  db,
  gridWorker,
  newHousehold,
  otherTownship,
  regions,
  village,
  withVisitsHarness,
} from '../visits-test-kit';

// 十问十清 visits through the API (docs/visits.md §1): corrections reach the household and person
// records with before/after in the audit log, problems become grid events, a phone's key files
// one visit, the scope holds and bad input is named in Chinese.

withVisitsHarness();

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const addMember = async (householdId: string, name: string) => {
  const res = await village.post('/api/persons', {
    householdId,
    name,
    relation: 'daughter',
    idNumber: makeIdNumber('451022', '20000101'),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};

const householdRow = async (id: string) =>
  (await village.get(`/api/households/${id}`)).json() as { incomePerCapita: number; memberCount: number };

describe('recording a visit', () => {
  it('writes a member added, one left and the income to the records, audited with before and after', async () => {
    const home = await newHousehold(regions.ownVillage.code, { incomePerCapita: 9000 });
    const leaving = await addMember(home.id, '韦小离');
    const prefill = (await gridWorker.get(`/api/visits/prefill?householdId=${home.id}`)).json();
    expect(prefill.household).toMatchObject({ id: home.id, incomePerCapita: 9000, rigidSpending: null });
    expect(prefill.members).toHaveLength(2);
    expect(prefill.members[0].idNumberMasked).toMatch(/^\d{4}\*+/);
    expect(prefill).toMatchObject({ monitoring: null, lastVisit: null });

    const res = await gridWorker.post('/api/visits', {
      householdId: home.id,
      visitedOn: today(),
      answers: { Q01: { status: 'corrected', note: '添丁一人，一人外嫁' }, Q05: { status: 'corrected' } },
      household: { incomePerCapita: 7600, rigidSpending: 12000 },
      persons: [{ personId: home.headPersonId, health: '慢性病' }],
      newMembers: [{ name: '黄新生', relation: 'grandchild', idNumber: makeIdNumber('451022', '20250301') }],
      leftMembers: [{ personId: leaving.id, reason: 'married_out' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const visit = res.json();
    expect(visit.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'household', field: 'incomePerCapita', before: 9000, after: 7600 }),
        expect.objectContaining({ entity: 'household', field: 'rigidSpending', before: null, after: 12000 }),
        expect.objectContaining({ entity: 'person', field: 'health', before: null, after: '慢性病' }),
        expect.objectContaining({ entity: 'person', name: '黄新生', field: 'member', after: 'grandchild' }),
        expect.objectContaining({ entity: 'person', id: leaving.id, field: 'member', after: 'married_out' }),
      ]),
    );
    expect(visit.changes).toHaveLength(5);

    const after = await householdRow(home.id);
    expect(after).toMatchObject({ incomePerCapita: 7600, rigidSpending: 12000, memberCount: 2 });
    const members = (await village.get(`/api/households/${home.id}/profile`)).json().members;
    expect(members.map((m: { name: string }) => m.name)).toContain('黄新生');
    expect(members.map((m: { id: string }) => m.id)).not.toContain(leaving.id);

    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'household'), eq(auditLog.entityId, home.id)))
      .orderBy(desc(auditLog.seq));
    expect(audit[0].action).toBe('household.update');
    expect(audit[0].diff).toMatchObject({
      before: { incomePerCapita: 9000, rigidSpending: null },
      after: { incomePerCapita: 7600, rigidSpending: 12000 },
    });
    const actions = (
      await db().select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog)
    ).filter((a) => a.entityId === leaving.id || a.entityId === visit.id);
    expect(actions.map((a) => a.action).sort()).toEqual([
      'person.create',
      'person.delete',
      'visits.visit.create',
    ]);

    // The next prefill starts from the corrected records, with this visit as the last one.
    const next = (await gridWorker.get(`/api/visits/prefill?householdId=${home.id}`)).json();
    expect(next.household.incomePerCapita).toBe(7600);
    expect(next.lastVisit).toMatchObject({ id: visit.id, visitedOn: today() });
  });

  it('passes a problem on as a grid event from the visit and counts what was solved', async () => {
    const home = await newHousehold(regions.ownVillage.code);
    const res = await village.post('/api/visits', {
      householdId: home.id,
      visitedOn: today(),
      answers: { Q07: { status: 'problem' }, Q03: { status: 'problem', checks: { water: false } } },
      problems: [
        { question: 'Q03', description: '水缸漏水', outcome: 'solved', solution: '当场帮助修补' },
        {
          question: 'Q07',
          description: '孩子上学交通困难，需要协调校车',
          riskType: 'schooling',
          outcome: 'event',
          categoryCode: 'E08',
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const visit = res.json();
    expect(visit).toMatchObject({ problemCount: 2, solvedCount: 1, passedOnCount: 1 });
    const passed = visit.problems[1];
    expect(passed).toMatchObject({
      outcome: 'event',
      eventId: expect.any(String),
      eventNo: expect.any(String),
    });
    expect(visit.problems[0]).toMatchObject({ outcome: 'solved', solution: '当场帮助修补', eventId: null });
    const [event] = await db().select().from(events).where(eq(events.id, passed.eventId));
    expect(event).toMatchObject({
      source: 'visit',
      originId: visit.id,
      householdId: home.id,
      categoryCode: 'E08',
    });
    const view = (await village.get(`/api/events/${passed.eventId}`)).json();
    expect(view.originId ?? view.event?.originId).toBe(visit.id);

    const detail = (await village.get(`/api/visits/${visit.id}`)).json();
    expect(detail.problems.map((p: { eventId: string | null }) => p.eventId)).toEqual([null, passed.eventId]);
    const list = (await village.get(`/api/visits?householdId=${home.id}&withProblems=true`)).json();
    expect(list.items.map((v: { id: string }) => v.id)).toEqual([visit.id]);
    const file = (await village.get(`/api/households/${home.id}/profile`)).json();
    expect(file.visits).toMatchObject({ total: 1, recent: [{ id: visit.id, problemCount: 2 }] });
  });

  it('files one visit for the same Idempotency-Key sent twice', async () => {
    const home = await newHousehold(regions.ownVillage.code, { incomePerCapita: 5000 });
    const body = {
      householdId: home.id,
      visitedOn: today(),
      answers: { Q05: { status: 'corrected' } },
      household: { incomePerCapita: 5200 },
      problems: [{ question: 'Q05', description: '务工收入不稳定', outcome: 'event', categoryCode: 'E09' }],
    };
    const headers = { 'idempotency-key': 'visit-offline-0001' };
    const first = await gridWorker.post('/api/visits', body, headers);
    const second = await gridWorker.post('/api/visits', body, headers);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json().id).toBe(first.json().id);
    const rows = await db().select().from(visitRecords).where(eq(visitRecords.householdId, home.id));
    expect(rows).toHaveLength(1);
    expect(await db().select().from(visitProblems).where(eq(visitProblems.visitId, rows[0].id))).toHaveLength(
      1,
    );
    expect(await db().select().from(events).where(eq(events.originId, rows[0].id))).toHaveLength(1);
    const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, home.id));
    expect(audits.filter((a) => a.action === 'household.update')).toHaveLength(1);
  });

  it('refuses a household outside the caller’s scope with 404 and changes nothing', async () => {
    const home = await newHousehold(regions.ownVillage.code, { incomePerCapita: 6000 });
    const res = await otherTownship.post('/api/visits', {
      householdId: home.id,
      visitedOn: today(),
      answers: { Q05: { status: 'corrected' } },
      household: { incomePerCapita: 1 },
    });
    expect(res.statusCode).toBe(404);
    expect((await otherTownship.get(`/api/visits/prefill?householdId=${home.id}`)).statusCode).toBe(404);
    expect((await householdRow(home.id)).incomePerCapita).toBe(6000);
    expect(await db().select().from(visitRecords).where(eq(visitRecords.householdId, home.id))).toHaveLength(
      0,
    );
  });

  it('answers bad input with 400 or 422 and a Chinese message naming the field', async () => {
    const home = await newHousehold(regions.ownVillage.code);
    const bad = await village.post('/api/visits', {
      householdId: home.id,
      visitedOn: '2026/01/01',
      answers: { Q01: { status: 'clear' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('visitedOn');
    expect(bad.json().message).toMatch(/日期/);

    const event = await village.post('/api/visits', {
      householdId: home.id,
      visitedOn: today(),
      answers: { Q01: { status: 'problem' } },
      problems: [{ question: 'Q01', description: '需要转办', outcome: 'event' }],
    });
    expect(event.statusCode).toBe(400);
    expect(JSON.stringify(event.json())).toContain('categoryCode');

    const future = await village.post('/api/visits', {
      householdId: home.id,
      visitedOn: '2999-01-01',
      answers: { Q01: { status: 'clear' } },
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().fields).toEqual([{ path: 'visitedOn', message: '走访日期不能晚于今天' }]);

    const stranger = await newHousehold(regions.ownVillage.code);
    const left = await village.post('/api/visits', {
      householdId: home.id,
      visitedOn: today(),
      answers: { Q01: { status: 'corrected' } },
      leftMembers: [{ personId: stranger.headPersonId, reason: 'moved_out' }],
    });
    expect(left.statusCode).toBe(422);
    expect(left.json().fields[0]).toMatchObject({ path: 'leftMembers.0.personId' });
    expect(await db().select().from(visitRecords).where(eq(visitRecords.householdId, home.id))).toHaveLength(
      0,
    );
  });
});
