import type { Ctx } from '../../platform/context';
import { transition } from '../../platform/workflow/transition';
import { asWorkflow } from './automatic';
import { dispatchWorkflow } from './dispatch-workflow';
import { categoryOf } from './event-access';
import { noticeAbout, ownersOf, toDepartments, toReporter } from './event-notices';

export { noticeAbout, toReporter };

import { currentRound, handledIds, resultOf, sendRound } from './dispatch-round';
import { firstStage } from './first-stage';
import { reopensOnRating } from './policy';
import { closeStage, openStage } from './stages';
import type { EventStatus, events } from './tables';

// The effects of the event workflow's steps (event-workflow.ts): they keep the event's level,
// times and reason, close the stage that ends and open the next, and tell the next owner.

type EventRow = typeof events.$inferSelect;
type Step = Promise<{ set?: Partial<EventRow>; data?: Record<string, unknown>; to?: EventStatus }>;
type Extra = Record<string, unknown> | undefined;
type Level = 'village' | 'township';

const reasonOf = (input: { reason?: string | null }) => input.reason?.trim() || null;

/** Ends the open stage and opens the event's stage at a level; the event moves to that level. */
export const moveTo = async (
  tx: Ctx,
  event: EventRow,
  level: Level,
  ended: 'done' | 'escalated' | 'returned',
): Promise<Partial<EventRow>> => {
  const at = new Date();
  await closeStage(tx, event, ended, { at });
  await openStage(tx, event, await categoryOf(tx, event), { kind: level, owner: level, at });
  return { level, updatedAt: at };
};

export const submitted = async (tx: Ctx, event: EventRow): Step => {
  const at = new Date();
  const category = await categoryOf(tx, event);
  await firstStage(tx, event, category, at);
  return { set: { reportedAt: at, level: category.handlingLevel === 'township' ? 'township' : 'village' } };
};

export const accepted = async (tx: Ctx, event: EventRow): Step => {
  const level: Level = event.level === 'village' ? 'village' : 'township';
  return { to: level, set: { ...(await moveTo(tx, event, level, 'done')), acceptedAt: new Date() } };
};

export const escalated = async (tx: Ctx, event: EventRow, input: { reason?: string | null }): Step => {
  await noticeAbout(tx, event, 'escalated', '村级上报乡镇办理', ownersOf('township'), reasonOf(input));
  return {
    set: {
      ...(await moveTo(tx, event, 'township', 'escalated')),
      acceptedAt: event.acceptedAt ?? new Date(),
      reason: reasonOf(input),
    },
  };
};

export const sentBack = async (tx: Ctx, event: EventRow, input: { reason?: string | null }): Step => {
  await noticeAbout(tx, event, 'sent_back', '乡镇退回村级办理', ownersOf('village'), reasonOf(input));
  return { set: { ...(await moveTo(tx, event, 'village', 'returned')), reason: reasonOf(input) } };
};

/** Ends the event's open stage with an outcome (returned, withdrawn, merged). */
export const ended = async (
  tx: Ctx,
  event: EventRow,
  outcome: 'returned' | 'cancelled',
  reason: string | null,
): Step => {
  await closeStage(tx, event, outcome);
  return { set: { reason, updatedAt: new Date() } };
};

export const returnedToReporter = async (tx: Ctx, event: EventRow, reason: string | null): Step => {
  await noticeAbout(tx, event, 'returned', '您上报的事件被退回', toReporter(event), reason);
  return ended(tx, event, 'returned', reason);
};

export const resolved = async (tx: Ctx, event: EventRow, extra: Extra): Step => {
  const result = resultOf(extra);
  const at = new Date();
  await closeStage(tx, event, 'done', { at });
  await noticeAbout(tx, event, 'closed', '事件已办结，请评价', toReporter(event), result);
  return { set: { closedAt: at, updatedAt: at }, data: { result } };
};

export const dispatched = async (tx: Ctx, event: EventRow, extra: Extra): Step => {
  const at = new Date();
  await closeStage(tx, event, 'done', { at });
  const sent = await sendRound(tx, event, await categoryOf(tx, event), extra);
  await noticeAbout(tx, event, 'dispatched', '乡镇吹哨派单，请报到', toDepartments(sent.departments));
  return {
    set: { level: 'department', updatedAt: at },
    data: { round: sent.round, departments: sent.departments },
  };
};

/** Every department of the round has handled its part: the township reviews. */
export const roundHandled = async (tx: Ctx, event: EventRow): Step => {
  const at = new Date();
  await openStage(tx, event, await categoryOf(tx, event), { kind: 'review', owner: 'township', at });
  await noticeAbout(tx, event, 'review', '部门已办结，请审核', ownersOf('township'));
  return { set: { level: 'township', updatedAt: at } };
};

/** Every department returned its dispatch: back to the township to dispatch again or handle. */
export const roundReturned = async (tx: Ctx, event: EventRow): Step => {
  const at = new Date();
  await openStage(tx, event, await categoryOf(tx, event), { kind: 'township', owner: 'township', at });
  await noticeAbout(tx, event, 'dispatch_returned', '派单均被部门退回', ownersOf('township'));
  return { set: { level: 'township', updatedAt: at } };
};

export const approved = async (tx: Ctx, event: EventRow): Step => {
  const at = new Date();
  await closeStage(tx, event, 'done', { at });
  await noticeAbout(tx, event, 'closed', '事件已办结，请评价', toReporter(event));
  return { set: { closedAt: at, updatedAt: at } };
};

/** 审核不通过: the handled dispatches of the round open again, each with a new handle stage. */
export const rejected = async (tx: Ctx, event: EventRow, input: { reason?: string | null }): Step => {
  await closeStage(tx, event, 'returned');
  const round = await currentRound(tx, event.id);
  const auto = asWorkflow(tx);
  for (const id of handledIds(round))
    await transition(auto, dispatchWorkflow, id, 'reopen', { reason: input.reason });
  const departments = round.filter((d) => d.status === 'handled').map((d) => d.department);
  await noticeAbout(
    tx,
    event,
    'rejected',
    '乡镇审核未通过，请重新办理',
    toDepartments(departments),
    reasonOf(input),
  );
  return { set: { level: 'department', reason: reasonOf(input), updatedAt: new Date() } };
};

/**
 * 评价: the reporter's 1–5. A 1 or 2 on an event never redone reopens it at the level that closed
 * it (redo_count 1, the history step's `redo`); a later low rating is final.
 */
export const rated = async (tx: Ctx, event: EventRow, rating: number): Step => {
  const at = new Date();
  const set = { rating, ratedAt: at, updatedAt: at };
  if (rating <= 2) await noticeAbout(tx, event, 'low_rating', `群众评价 ${rating} 分`, ownersOf(event.level));
  if (!reopensOnRating(rating, event.redoCount)) return { set };
  const level: Level = event.level === 'village' ? 'village' : 'township';
  await openStage(tx, event, await categoryOf(tx, event), { kind: level, owner: level, at });
  return {
    to: level,
    set: { ...set, level, redoCount: event.redoCount + 1, closedAt: null },
    data: { redo: true },
  };
};
