import { and, asc, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { type AuditWho, writeAudit } from '../../platform/audit/write';
import type { Db } from '../../platform/db/types';
import { writeSystemStep } from '../../platform/workflow/history';
import { eventWorkflowKind } from './kinds';
import { closeStage, openStage } from './stages';
import { noticeToCounty, noticeToTownship, type SweptEvent } from './sweep-notices';
import { eventCategories, eventStages, events } from './tables';

// 超期自动上报 of an event's own stages (accept, village, township, review). The batch locks its
// events (FOR UPDATE, in id order) before it marks the stages, the same order a user's transition
// takes (event row, then its stage): a user's step and the sweep never both win, and of two
// sweeps the second waits and then finds the stages already escalated (the conditional update
// `WHERE escalated_at IS NULL` returns none).

export const SWEEP_WHO: AuditWho = { actor: null, meta: { requestId: 'events-sweep', ip: null } };

export interface BatchResult {
  /** Candidate stages looked at (the batch is full when this equals the limit). */
  seen: number;
  toTownship: number;
  toCounty: number;
  departments: number;
}

/** Open, unescalated stages past their deadline, earliest first (event_stages_open_due_idx). */
export const overdueCandidates = (db: Db, now: Date, limit: number, which: SQL) =>
  db
    .select({ id: eventStages.id, eventId: eventStages.eventId, dispatchId: eventStages.dispatchId })
    .from(eventStages)
    .where(
      and(isNull(eventStages.endedAt), lte(eventStages.dueAt, now), isNull(eventStages.escalatedAt), which),
    )
    .orderBy(asc(eventStages.dueAt))
    .limit(limit);

/** Marks the still open and unescalated ones of `ids` overdue and escalated; returns those. */
export const markEscalated = (db: Db, ids: string[], now: Date) =>
  db
    .update(eventStages)
    .set({
      overdueAt: sql`coalesce(${eventStages.overdueAt}, ${now.toISOString()}::timestamptz)`,
      escalatedAt: now,
    })
    .where(and(inArray(eventStages.id, ids), isNull(eventStages.endedAt), isNull(eventStages.escalatedAt)))
    .returning();

type EventRow = typeof events.$inferSelect;
type StageRow = typeof eventStages.$inferSelect;

/** The history step and audit row of an escalation, both as the system. */
export const recordEscalation = async (
  tx: Db,
  event: EventRow,
  to: { status: EventRow['status']; level: EventRow['level'] },
  reason: string,
  data: Record<string, unknown>,
) => {
  await writeSystemStep(
    tx,
    { kind: eventWorkflowKind },
    {
      recordId: event.id,
      regionCode: event.regionCode,
      action: 'auto_escalate',
      from: event.status,
      to: to.status,
      reason,
      data,
    },
  );
  await writeAudit(tx, SWEEP_WHO, {
    action: 'events.event.auto_escalate',
    entity: 'event',
    entityId: event.id,
    regionCode: event.regionCode,
    diff: auditDiff({ status: event.status, level: event.level }, { ...to, reason }),
  });
};

const swept = (e: EventRow): SweptEvent => ({ id: e.id, regionCode: e.regionCode, title: e.title });

/** The village did not accept or handle in time: the event goes to the township. */
const toTownship = async (tx: Db, event: EventRow, stage: StageRow, now: Date) => {
  const [category] = await tx
    .select({ limits: eventCategories.limits })
    .from(eventCategories)
    .where(inArray(eventCategories.id, [event.categoryId]));
  await closeStage({ db: tx }, event, 'escalated', { at: now });
  await openStage({ db: tx }, event, category ?? { limits: {} }, {
    kind: 'township',
    owner: 'township',
    at: now,
  });
  await tx
    .update(events)
    .set({
      status: 'township',
      level: 'township',
      escalations: sql`${events.escalations} + 1`,
      updatedAt: now,
    })
    .where(inArray(events.id, [event.id]));
  const reason = stage.kind === 'accept' ? '村级超期未受理，自动上报乡镇' : '村级超期未办结，自动上报乡镇';
  await recordEscalation(tx, event, { status: 'township', level: 'township' }, reason, {
    stage: stage.kind,
    dueAt: stage.dueAt?.toISOString() ?? null,
  });
  await noticeToTownship(tx, swept(event), stage);
};

/** The township did not act in time: the county is asked to look (the township keeps the stage). */
const toCounty = async (tx: Db, event: EventRow, stage: StageRow, now: Date) => {
  await tx
    .update(events)
    .set({ level: 'county', escalations: sql`${events.escalations} + 1`, updatedAt: now })
    .where(inArray(events.id, [event.id]));
  await recordEscalation(
    tx,
    event,
    { status: event.status, level: 'county' },
    '乡镇超期未办理，提请县级关注',
    {
      stage: stage.kind,
      dueAt: stage.dueAt?.toISOString() ?? null,
    },
  );
  await noticeToCounty(tx, swept(event), stage);
};

/**
 * Locks the events of a batch's stages in id order: every path that changes an event and its
 * stages (a user's step, a department's step, the sweep) takes the event row first, so none waits
 * for a lock another holds.
 */
export const lockEventsOf = (tx: Db, candidates: readonly { eventId: string }[]) =>
  tx
    .select()
    .from(events)
    .where(inArray(events.id, [...new Set(candidates.map((c) => c.eventId))]))
    .orderBy(asc(events.id))
    .for('update');

/** Escalates one batch of an event's own overdue stages. */
export const escalateEventBatch = (db: Db, now: Date, limit: number): Promise<BatchResult> =>
  db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const result: BatchResult = { seen: 0, toTownship: 0, toCounty: 0, departments: 0 };
    const candidates = await overdueCandidates(tx, now, limit, isNull(eventStages.dispatchId));
    result.seen = candidates.length;
    if (candidates.length === 0) return result;
    const locked = await lockEventsOf(tx, candidates);
    const byId = new Map(locked.map((e) => [e.id, e]));
    const marked = await markEscalated(
      tx,
      candidates.map((c) => c.id),
      now,
    );
    for (const stage of marked.sort((a, b) => a.eventId.localeCompare(b.eventId))) {
      const event = byId.get(stage.eventId);
      if (!event) continue;
      if (stage.owner === 'village' && (event.status === 'reported' || event.status === 'village')) {
        await toTownship(tx, event, stage, now);
        byId.set(event.id, { ...event, status: 'township', level: 'township' });
        result.toTownship++;
      } else if (stage.owner === 'township' || stage.owner === 'county') {
        await toCounty(tx, event, stage, now);
        byId.set(event.id, { ...event, level: 'county' });
        result.toCounty++;
      }
    }
    return result;
  });
