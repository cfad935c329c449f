import { and, eq, isNull } from 'drizzle-orm';
import { newId } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { addLimit, loadCalendar, warnAt, workingDaysBetween } from './calendar';
import {
  type eventCategories,
  eventStages,
  events,
  type StageKind,
  type StageOutcome,
  type StageOwner,
} from './tables';

// 办理时限: each stage an event goes through is a row of event_stages with the limit its category
// had when the stage opened. An event has at most one open stage of its own (accept, village,
// township, review); while dispatched each department's dispatch has its own open stage
// (acknowledge, then handle), and the event's row mirrors none.

type Category = Pick<typeof eventCategories.$inferSelect, 'limits'>;
type EventRow = Pick<typeof events.$inferSelect, 'id' | 'regionCode'>;

export interface OpenStage {
  kind: StageKind;
  owner: StageOwner;
  dispatchId?: string;
  at?: Date;
}

/** Opens a stage (its deadline from the category's limit on the county calendar); returns its row. */
export const openStage = async (
  tx: Pick<Ctx, 'db'>,
  event: EventRow,
  category: Category,
  stage: OpenStage,
) => {
  const startedAt = stage.at ?? new Date();
  const limit = category.limits[stage.kind] ?? null;
  const calendar = limit?.unit === 'wd' ? await loadCalendar(tx.db, event.regionCode) : null;
  const dueAt = limit ? addLimit(calendar ?? { isWorkday: () => true }, startedAt, limit) : null;
  const [row] = await tx.db
    .insert(eventStages)
    .values({
      id: newId(),
      regionCode: event.regionCode,
      eventId: event.id,
      dispatchId: stage.dispatchId ?? null,
      kind: stage.kind,
      owner: stage.owner,
      limit,
      startedAt,
      dueAt,
      warnAt: dueAt ? warnAt(startedAt, dueAt) : null,
    })
    .returning();
  if (!stage.dispatchId)
    await tx.db
      .update(events)
      .set({
        stageKind: stage.kind,
        stageStartedAt: startedAt,
        stageDueAt: dueAt,
        stageWarnAt: row.warnAt,
        updatedAt: startedAt,
      })
      .where(eq(events.id, event.id));
  return row;
};

/**
 * Ends the event's open stage (or the dispatch's, with `dispatchId`) with an outcome, recording
 * the working days it took; the event's mirror of the open stage is cleared.
 */
export const closeStage = async (
  tx: Pick<Ctx, 'db'>,
  event: EventRow,
  outcome: StageOutcome,
  o: { dispatchId?: string; at?: Date } = {},
) => {
  const endedAt = o.at ?? new Date();
  const open = await tx.db
    .select()
    .from(eventStages)
    .where(
      and(
        eq(eventStages.eventId, event.id),
        o.dispatchId ? eq(eventStages.dispatchId, o.dispatchId) : isNull(eventStages.dispatchId),
        isNull(eventStages.endedAt),
      ),
    );
  if (open.length === 0) return [];
  const calendar = await loadCalendar(tx.db, event.regionCode);
  for (const s of open)
    await tx.db
      .update(eventStages)
      .set({ endedAt, outcome, workingDays: workingDaysBetween(calendar, s.startedAt, endedAt) })
      .where(eq(eventStages.id, s.id));
  if (!o.dispatchId)
    await tx.db
      .update(events)
      .set({ stageKind: null, stageStartedAt: null, stageDueAt: null, stageWarnAt: null, updatedAt: endedAt })
      .where(eq(events.id, event.id));
  return open;
};
