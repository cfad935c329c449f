import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/auth/session';
import { openPostgres } from '../../platform/db/open';
import type { Db } from '../../platform/db/types';
import { notifications } from '../../platform/notifications/tables';
import { workflowHistory } from '../../platform/workflow/tables';
import { addLimit, chinaDay, workingCalendar } from './calendar';
import { category, h, regions, report, withEventsHarness } from './events-test-kit';
import { openStage } from './stages';
import { sweepDeadlines } from './sweep';
import { eventCalendarDays, eventDispatches, eventStages, events } from './tables';

// 超期预警与自动上报: the sweep runs at a given `now` instead of waiting for deadlines.

withEventsHarness();

const db = (): Db => h.services.database.db;
const HOUR = 3_600_000;

const stagesOf = (eventId: string) =>
  db().select().from(eventStages).where(eq(eventStages.eventId, eventId)).orderBy(eventStages.startedAt);

const eventRow = async (id: string) => (await db().select().from(events).where(eq(events.id, id)))[0];

const openStageOf = async (eventId: string) =>
  (
    await db()
      .select()
      .from(eventStages)
      .where(
        and(eq(eventStages.eventId, eventId), isNull(eventStages.endedAt), isNull(eventStages.dispatchId)),
      )
  )[0];

const countNotices = async (eventIds: string[], kind: string) =>
  (
    await db()
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(inArray(notifications.recordId, eventIds), eq(notifications.kind, kind)))
  ).length;

const countSteps = async (eventIds: string[]) =>
  (
    await db()
      .select({ id: workflowHistory.id })
      .from(workflowHistory)
      .where(and(inArray(workflowHistory.recordId, eventIds), eq(workflowHistory.action, 'auto_escalate')))
  ).length;

/** Reports `n` events (E14: accept within 1 working day) and returns their ids and accept stages. */
const reportMany = async (n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await report({ description: `村口路灯坏了第${i + 1}盏` })).id);
  return ids;
};

describe('deadline warnings', () => {
  it('notify the owner once, however often the sweep runs', async () => {
    const [id] = await reportMany(1);
    const accept = await openStageOf(id);
    expect(accept.kind).toBe('accept');
    const early = await sweepDeadlines(db(), { now: new Date(accept.warnAt!.getTime() - 1000) });
    expect(early.warned).toBe(0);
    expect(await countNotices([id], 'event_deadline_warning')).toBe(0);

    const now = new Date(accept.warnAt!.getTime() + 1000);
    const first = await sweepDeadlines(db(), { now });
    expect(first.warned).toBeGreaterThanOrEqual(1);
    const warned = await countNotices([id], 'event_deadline_warning');
    expect(warned).toBeGreaterThanOrEqual(1); // the village's secretary
    expect((await openStageOf(id)).warnedAt).toEqual(now);

    await sweepDeadlines(db(), { now: new Date(now.getTime() + 60_000) });
    expect(await countNotices([id], 'event_deadline_warning')).toBe(warned);
    expect((await openStageOf(id)).warnedAt).toEqual(now);
    expect((await eventRow(id)).status).toBe('reported');
  });
});

describe('automatic escalation', () => {
  it('moves an overdue accept stage to the township exactly once, also after a restart', async () => {
    const [id] = await reportMany(1);
    const accept = await openStageOf(id);
    const now = new Date(accept.dueAt!.getTime() + HOUR);
    const result = await sweepDeadlines(db(), { now });
    expect(result.toTownship).toBeGreaterThanOrEqual(1);

    const event = await eventRow(id);
    expect(event).toMatchObject({
      status: 'township',
      level: 'township',
      escalations: 1,
      stageKind: 'township',
    });
    const stages = await stagesOf(id);
    expect(stages.map((s) => [s.kind, s.outcome])).toEqual([
      ['accept', 'escalated'],
      ['township', null],
    ]);
    expect(stages[0]).toMatchObject({ endedAt: now, overdueAt: now, escalatedAt: now });
    expect(stages[1].startedAt).toEqual(now);
    expect(event.stageDueAt).toEqual(stages[1].dueAt);

    const [step] = await db()
      .select()
      .from(workflowHistory)
      .where(and(eq(workflowHistory.recordId, id), eq(workflowHistory.action, 'auto_escalate')));
    expect(step).toMatchObject({
      fromState: 'reported',
      toState: 'township',
      actorId: null,
      actorName: '系统',
    });
    const notices = await countNotices([id], 'event_escalated');
    expect(notices).toBeGreaterThanOrEqual(1);
    const audit = await h.services.database.rawQuery<{ n: number }>(
      `select count(*)::int as n from audit_log where entity_id = $1 and action = 'events.event.auto_escalate' and actor_id is null`,
      [id],
    );
    expect(audit[0].n).toBe(1);

    // A restart: the sweep runs again from scratch, at the same time and a little later.
    await sweepDeadlines(db(), { now });
    await sweepDeadlines(db(), { now: new Date(now.getTime() + 60_000) });
    expect(await countSteps([id])).toBe(1);
    expect(await countNotices([id], 'event_escalated')).toBe(notices);
    expect((await eventRow(id)).escalations).toBe(1);
    expect((await stagesOf(id)).length).toBe(2);
  });

  it('asks the county to look at an overdue township stage, once', async () => {
    const [id] = await reportMany(1);
    const accept = await openStageOf(id);
    await sweepDeadlines(db(), { now: new Date(accept.dueAt!.getTime() + HOUR) });
    const township = await openStageOf(id);
    const later = new Date(township.dueAt!.getTime() + HOUR);
    const r = await sweepDeadlines(db(), { now: later });
    expect(r.toCounty).toBeGreaterThanOrEqual(1);
    await sweepDeadlines(db(), { now: new Date(later.getTime() + HOUR) });
    expect(await eventRow(id)).toMatchObject({ status: 'township', level: 'county', escalations: 2 });
    const open = await openStageOf(id);
    expect(open).toMatchObject({ id: township.id, kind: 'township', escalatedAt: later, endedAt: null });
    expect(await countSteps([id])).toBe(2);
    const county = await countNotices([id], 'event_escalated');
    expect(county).toBeGreaterThanOrEqual(2); // the township's and the county admin's
  });

  it('tells the township and the county when a department does not report for duty in time', async () => {
    const [id] = await reportMany(1);
    const event = await eventRow(id);
    const dispatchId = newId();
    const at = new Date();
    const e14 = await category('E14');
    await db().transaction(async (tx) => {
      await tx.update(events).set({ status: 'dispatched', level: 'department' }).where(eq(events.id, id));
      await tx.update(eventStages).set({ endedAt: at, outcome: 'done' }).where(eq(eventStages.eventId, id));
      await tx.insert(eventDispatches).values({
        id: dispatchId,
        regionCode: event.regionCode,
        eventId: id,
        department: 'civil_affairs',
        status: 'sent',
        sentAt: at,
      });
      await openStage({ db: tx as unknown as Db }, event, e14, {
        kind: 'acknowledge',
        owner: 'civil_affairs',
        dispatchId,
        at,
      });
    });
    const [ack] = await db().select().from(eventStages).where(eq(eventStages.dispatchId, dispatchId));
    const now = new Date(ack.dueAt!.getTime() + HOUR);
    const r = await sweepDeadlines(db(), { now });
    expect(r.departments).toBeGreaterThanOrEqual(1);
    await sweepDeadlines(db(), { now });
    expect(await eventRow(id)).toMatchObject({ status: 'dispatched', level: 'county', escalations: 1 });
    const [after] = await db().select().from(eventStages).where(eq(eventStages.dispatchId, dispatchId));
    expect(after).toMatchObject({ endedAt: null, overdueAt: now, escalatedAt: now });
    expect(await countSteps([id])).toBe(1);
    expect(await countNotices([id], 'event_escalated')).toBeGreaterThanOrEqual(2);
  });

  it('leaves a stage the village closed before its deadline alone', async () => {
    const [id] = await reportMany(1);
    const accept = await openStageOf(id);
    await db()
      .update(eventStages)
      .set({ endedAt: accept.startedAt, outcome: 'done' })
      .where(eq(eventStages.id, accept.id));
    await sweepDeadlines(db(), { now: new Date(accept.dueAt!.getTime() + HOUR) });
    expect(await eventRow(id)).toMatchObject({ status: 'reported', escalations: 0 });
    expect(await countSteps([id])).toBe(0);
  });

  it('escalates each stage exactly once when two sweeps run at the same time on separate connections', async () => {
    const ids = await reportMany(12);
    const stages = await Promise.all(ids.map(openStageOf));
    const now = new Date(Math.max(...stages.map((s) => s.dueAt!.getTime())) + HOUR);
    const url = h.services.database.url;
    const other = url ? await openPostgres(url, 3) : null;
    const third = url ? await openPostgres(url, 3) : null;
    try {
      const results = await Promise.all([
        sweepDeadlines(other?.db ?? db(), { now, batch: 5 }),
        sweepDeadlines(third?.db ?? db(), { now, batch: 3 }),
        sweepDeadlines(db(), { now, batch: 4 }),
      ]);
      expect(results.reduce((n, r) => n + r.toTownship, 0)).toBeGreaterThanOrEqual(ids.length);
    } finally {
      await other?.close();
      await third?.close();
    }
    expect(await countSteps(ids)).toBe(ids.length);
    const rows = await db().select().from(events).where(inArray(events.id, ids));
    expect(rows.every((e) => e.status === 'township' && e.escalations === 1)).toBe(true);
    const perEvent = await h.services.database.rawQuery<{ n: number }>(
      `select count(*)::int as n from notifications where kind = 'event_escalated' and record_id = any($1::uuid[]) group by record_id`,
      [ids],
    );
    expect(perEvent).toHaveLength(ids.length);
    expect(new Set(perEvent.map((r) => r.n)).size).toBe(1);
    const open = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(eventStages)
      .where(and(inArray(eventStages.eventId, ids), isNull(eventStages.endedAt)));
    expect(open[0].n).toBe(ids.length);
  });
});

describe('the deadline of an escalated event', () => {
  it('follows the county calendar', async () => {
    const [id] = await reportMany(1);
    const accept = await openStageOf(id);
    const now = new Date(accept.dueAt!.getTime() + HOUR);
    // The county's own holiday on the first working day after the escalation.
    const national = workingCalendar();
    let day = chinaDay(now);
    do day = chinaDay(new Date(Date.parse(`${day}T12:00:00+08:00`) + 24 * HOUR));
    while (!national.isWorkday(day));
    await db()
      .insert(eventCalendarDays)
      .values({ id: newId(), regionCode: regions.county, day, kind: 'holiday', name: '本县节日' });
    await sweepDeadlines(db(), { now });
    const township = await openStageOf(id);
    const limit = (await category('E14')).limits.township!;
    const county = workingCalendar(new Map([[day, 'holiday']]));
    expect(township.dueAt).toEqual(addLimit(county, now, limit));
    expect(township.dueAt).not.toEqual(addLimit(national, now, limit));
  });
});
