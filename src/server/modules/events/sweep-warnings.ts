import { and, asc, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { noticeWarning } from './sweep-notices';
import { eventStages, events } from './tables';

// 到期预警: open stages past their warning time and not yet due get one notice to their owner.
// The mark (warned_at) is a conditional update in the same transaction as the notice: two sweeps
// (two server instances) never both warn a stage, and a restart never warns it again.

/** Warns one batch of stages; returns how many were warned (0 when nothing is left). */
export const warnBatch = async (db: Db, now: Date, limit: number): Promise<number> =>
  db.transaction(async (tx) => {
    const candidates = tx
      .select({ id: eventStages.id })
      .from(eventStages)
      .where(
        and(
          isNull(eventStages.endedAt),
          gt(eventStages.dueAt, now),
          isNull(eventStages.warnedAt),
          lte(eventStages.warnAt, now),
        ),
      )
      .orderBy(asc(eventStages.dueAt))
      .limit(limit)
      // A stage a user's transaction is closing right now is left for the next sweep.
      .for('update', { skipLocked: true });
    const warned = await tx
      .update(eventStages)
      .set({ warnedAt: now })
      .where(
        and(inArray(eventStages.id, candidates), isNull(eventStages.warnedAt), isNull(eventStages.endedAt)),
      )
      .returning();
    if (warned.length === 0) return 0;
    const rows = await tx
      .select({ id: events.id, regionCode: events.regionCode, title: events.title })
      .from(events)
      .where(
        inArray(
          events.id,
          warned.map((s) => s.eventId),
        ),
      );
    const byId = new Map(rows.map((e) => [e.id, e]));
    for (const stage of warned) {
      const event = byId.get(stage.eventId);
      if (event && stage.dueAt)
        await noticeWarning(tx as unknown as Db, event, { ...stage, dueAt: stage.dueAt });
    }
    return warned.length;
  });

/** Warns every stage due for a warning at `now`, batch by batch. */
export const warnDueStages = async (db: Db, now: Date, limit = 500): Promise<number> => {
  let total = 0;
  for (;;) {
    const n = await warnBatch(db, now, limit);
    total += n;
    if (n < limit) return total;
  }
};
