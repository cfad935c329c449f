import { eq } from 'drizzle-orm';
import { attachmentCount } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { defineWorkflow } from '../../platform/workflow/define';
import { byWorkflow } from './automatic';
import { resultOf } from './dispatch-round';
import { categoryOf, seesEvent } from './event-access';
import { dispatchWorkflowKind } from './kinds';
import { actsForDispatch, maySeeDispatch } from './policy';
import { closeStage, openStage } from './stages';
import { type DispatchStatus, eventDispatches, events } from './tables';

// 部门报到与办理: each dispatch of a round is its own small workflow. The department reports for
// duty (报到, closing its acknowledge stage and opening its handle stage), then handles its part
// with a result and photos of it, or returns a wrong dispatch with a reason. What the round's
// end does to the event is act-on-dispatch.ts's; a review that fails reopens handled dispatches.

type DispatchRow = typeof eventDispatches.$inferSelect;

const eventOf = async (ctx: Ctx, d: DispatchRow) => {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, d.eventId));
  if (!event) throw new NotFound();
  return event;
};

const department = (ctx: Ctx, d: DispatchRow) => !byWorkflow(ctx) && actsForDispatch(ctx.actor, d);

export const dispatchWorkflow = defineWorkflow<DispatchStatus, DispatchRow>({
  kind: dispatchWorkflowKind,
  auditPrefix: 'events.dispatch',
  noun: '派单',
  table: eventDispatches,
  stateColumn: eventDispatches.status,
  stateKey: 'status',
  states: {
    sent: { zh: '待报到', en: 'Waiting for the department' },
    acknowledged: { zh: '办理中', en: 'Being handled' },
    handled: { zh: '已办理', en: 'Handled' },
    returned: { zh: '已退回', en: 'Returned' },
    cancelled: { zh: '已取消', en: 'Cancelled' },
  },
  visible: async (ctx, d) =>
    byWorkflow(ctx) || maySeeDispatch(ctx.actor, d, await seesEvent(ctx, await eventOf(ctx, d))),
  evidenceCount: (ctx, d) => attachmentCount(ctx, dispatchWorkflowKind, d.id),
  transitions: {
    acknowledge: {
      from: ['sent'],
      to: 'acknowledged',
      label: { zh: '报到', en: 'Acknowledge' },
      allowed: department,
      effect: async (tx, d) => {
        const at = new Date();
        const event = await eventOf(tx, d);
        await closeStage(tx, event, 'done', { dispatchId: d.id, at });
        const stage = await openStage(tx, event, await categoryOf(tx, event), {
          kind: 'handle',
          owner: d.department,
          dispatchId: d.id,
          at,
        });
        return { set: { acknowledgedAt: at, acknowledgedBy: tx.actor.userId, handleDueAt: stage.dueAt } };
      },
    },
    handle: {
      from: ['acknowledged'],
      to: 'handled',
      label: { zh: '办理完成', en: 'Handled' },
      allowed: department,
      needs: { evidence: true, result: true },
      effect: async (tx, d, input) => {
        const result = resultOf(input.extra);
        const at = new Date();
        await closeStage(tx, await eventOf(tx, d), 'done', { dispatchId: d.id, at });
        return { set: { handledAt: at, handledBy: tx.actor.userId, result }, data: { result } };
      },
    },
    return: {
      from: ['sent', 'acknowledged'],
      to: 'returned',
      label: { zh: '退回派单', en: 'Return the dispatch' },
      allowed: department,
      needs: { reason: true },
      effect: async (tx, d, input) => {
        await closeStage(tx, await eventOf(tx, d), 'returned', { dispatchId: d.id });
        return { set: { reason: input.reason?.trim() ?? null } };
      },
    },
    reopen: {
      from: ['handled'],
      to: 'acknowledged',
      label: { zh: '重新办理', en: 'Handle again' },
      allowed: byWorkflow,
      effect: async (tx, d, input) => {
        const event = await eventOf(tx, d);
        const stage = await openStage(tx, event, await categoryOf(tx, event), {
          kind: 'handle',
          owner: d.department,
          dispatchId: d.id,
        });
        return {
          set: {
            handledAt: null,
            handledBy: null,
            handleDueAt: stage.dueAt,
            reason: input.reason?.trim() || null,
          },
        };
      },
    },
  },
});
