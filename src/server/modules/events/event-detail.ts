import { asc, eq } from 'drizzle-orm';
import type { DispatchView, EventDetail } from '../../../contracts/api/events';
import { DEPARTMENT_LABELS } from '../../../contracts/roles';
import { attachmentsOf } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { availableActions } from '../../platform/workflow/actions';
import { historyOf } from '../../platform/workflow/history';
import { dispatchWorkflow } from './dispatch-workflow';
import { loadEvent } from './event-access';
import { eventNumber, eventViews } from './event-view';
import { eventWorkflow } from './event-workflow';
import { dispatchWorkflowKind, eventWorkflowKind } from './kinds';
import { maySeeDispatch } from './policy';
import { eventDispatches, events } from './tables';

// 事件详情: the event, its dispatches (a department handler sees its own only) with what the
// caller may do on each, the history of steps, the caller's actions, and the photos.

type EventRow = typeof events.$inferSelect;
type DispatchRow = typeof eventDispatches.$inferSelect;

export const dispatchViews = async (ctx: Ctx, rows: DispatchRow[]): Promise<DispatchView[]> => {
  const photos = await attachmentsOf(
    ctx,
    dispatchWorkflowKind,
    rows.map((d) => d.id),
  );
  const out: DispatchView[] = [];
  for (const d of rows)
    out.push({
      id: d.id,
      eventId: d.eventId,
      department: d.department,
      departmentName: DEPARTMENT_LABELS[d.department]?.zh ?? d.department,
      status: d.status,
      statusLabel: dispatchWorkflow.states[d.status].zh,
      round: d.round,
      note: d.note,
      sentAt: d.sentAt.toISOString(),
      ackDueAt: d.ackDueAt?.toISOString() ?? null,
      acknowledgedAt: d.acknowledgedAt?.toISOString() ?? null,
      handleDueAt: d.handleDueAt?.toISOString() ?? null,
      handledAt: d.handledAt?.toISOString() ?? null,
      result: d.result,
      reason: d.reason,
      photos: photos.get(d.id) ?? [],
      actions: await availableActions(ctx, dispatchWorkflow, d, { evidence: photos.get(d.id)?.length ?? 0 }),
    });
  return out;
};

const mergedNumber = async (ctx: Ctx, event: EventRow) => {
  if (!event.mergedInto) return null;
  const [row] = await ctx.db.select().from(events).where(eq(events.id, event.mergedInto));
  return row ? eventNumber(row) : null;
};

/** The detail of an event the caller may see (NotFound otherwise). */
export const eventDetailOf = async (ctx: Ctx, event: EventRow): Promise<EventDetail> => {
  const [view] = await eventViews(ctx, [event]);
  const dispatchRows = await ctx.db
    .select()
    .from(eventDispatches)
    .where(eq(eventDispatches.eventId, event.id))
    .orderBy(asc(eventDispatches.round), asc(eventDispatches.sentAt), asc(eventDispatches.department));
  const visible = dispatchRows.filter((d) => maySeeDispatch(ctx.actor, d, true));
  const [history, photos] = await Promise.all([
    historyOf(ctx, eventWorkflow, event.id),
    attachmentsOf(ctx, eventWorkflowKind, [event.id]),
  ]);
  const result = [...history]
    .reverse()
    .find((s) => typeof s.data?.result === 'string' && s.action === 'resolve');
  return {
    ...view,
    dispatches: await dispatchViews(ctx, visible),
    history,
    actions: await availableActions(ctx, eventWorkflow, event, {
      evidence: photos.get(event.id)?.length ?? 0,
    }),
    photos: photos.get(event.id) ?? [],
    result: (result?.data?.result as string | undefined) ?? null,
    mergedNumber: await mergedNumber(ctx, event),
  };
};

export const getEvent = async (ctx: Ctx, eventId: string): Promise<EventDetail> =>
  eventDetailOf(ctx, await loadEvent(ctx, eventId));
