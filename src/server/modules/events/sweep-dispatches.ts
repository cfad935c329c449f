import { inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import {
  type BatchResult,
  lockEventsOf,
  markEscalated,
  overdueCandidates,
  recordEscalation,
} from './sweep-escalate';
import { noticeDepartmentOverdue, ownerName } from './sweep-notices';
import { eventStages, events } from './tables';

// 部门超期: a department did not report for duty (报到) or did not handle its part in time. The
// township and the county hear of it and the event is marked for the county's attention (level
// county); the department keeps its dispatch. Locks are taken in the order a department's own step
// takes them (the event row, then its dispatch and stage), so the sweep and a department acting at
// the same moment never deadlock and never both win.

export const escalateDispatchBatch = (db: Db, now: Date, limit: number): Promise<BatchResult> =>
  db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const result: BatchResult = { seen: 0, toTownship: 0, toCounty: 0, departments: 0 };
    const candidates = await overdueCandidates(tx, now, limit, isNotNull(eventStages.dispatchId));
    result.seen = candidates.length;
    if (candidates.length === 0) return result;
    // The events first (in id order), as a department's own step does (act-on-dispatch.ts locks
    // the event, then its dispatch and stage): while the sweep holds an event no department step
    // of it is under way, and neither waits for a lock the other holds.
    const locked = await lockEventsOf(tx, candidates);
    const marked = await markEscalated(
      tx,
      candidates.map((c) => c.id),
      now,
    );
    const byId = new Map(locked.map((e) => [e.id, e]));
    for (const stage of marked.sort((a, b) => a.eventId.localeCompare(b.eventId))) {
      const event = byId.get(stage.eventId);
      if (!event) continue;
      await tx
        .update(events)
        .set({ level: 'county', escalations: sql`${events.escalations} + 1`, updatedAt: now })
        .where(inArray(events.id, [event.id]));
      const verb = stage.kind === 'acknowledge' ? '报到' : '办结';
      await recordEscalation(
        tx,
        event,
        { status: event.status, level: 'county' },
        `${ownerName(stage.owner)}超期未${verb}，通报乡镇和县`,
        { stage: stage.kind, department: stage.owner, dispatchId: stage.dispatchId },
      );
      await noticeDepartmentOverdue(tx, event, stage);
      byId.set(event.id, { ...event, level: 'county' });
      result.departments++;
    }
    return result;
  });
