import { attachmentCount } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { defineWorkflow } from '../../platform/workflow/define';
import { byWorkflow } from './automatic';
import { categoryOf, seesEvent } from './event-access';
import * as step from './event-steps';
import { EVENT_STATUS_LABELS } from './event-view';
import { eventWorkflowKind } from './kinds';
import { mergeInto } from './merge-event';
import { actsAtLevel, actsForTownship, actsForVillage, isReporter } from './policy';
import { type EventStatus, events } from './tables';

// 网格事件的流程 (docs/events.md "States of an event"): reported → accepted by the village (or the
// township for a township-level category) → handled there, or escalated → the township handles,
// sends back, or dispatches to departments (吹哨) → their round done → the township reviews →
// closed → the reporter rates (1–2 reopens once). Steps marked automatic follow a dispatch's
// step (act-on-dispatch.ts); nobody chooses them.

type EventRow = typeof events.$inferSelect;

const owner = (ctx: Ctx, e: EventRow) => !byWorkflow(ctx) && actsAtLevel(ctx.actor, e);
const village = (ctx: Ctx, e: EventRow) =>
  !byWorkflow(ctx) && e.level === 'village' && actsForVillage(ctx.actor);
const township = (ctx: Ctx, e: EventRow) =>
  !byWorkflow(ctx) && e.level !== 'village' && actsForTownship(ctx.actor);
const reporter = (ctx: Ctx, e: EventRow) => !byWorkflow(ctx) && isReporter(ctx.actor, e);
const needsPhoto = async (ctx: Ctx, e: EventRow) =>
  (await categoryOf(ctx, e)).requiredFields.includes('photo');

export const eventWorkflow = defineWorkflow<EventStatus, EventRow>({
  kind: eventWorkflowKind,
  auditPrefix: 'events.event',
  noun: '事件',
  table: events,
  stateColumn: events.status,
  stateKey: 'status',
  states: EVENT_STATUS_LABELS,
  visible: (ctx, e) => byWorkflow(ctx) || seesEvent(ctx, e),
  evidenceCount: (ctx, e) => attachmentCount(ctx, eventWorkflowKind, e.id),
  transitions: {
    submit: {
      from: ['draft'],
      to: 'reported',
      label: { zh: '提交', en: 'Submit' },
      allowed: reporter,
      needs: { evidence: needsPhoto },
      effect: (tx, e) => step.submitted(tx, e),
    },
    accept: {
      from: ['reported'],
      to: 'village',
      alsoTo: ['township'],
      label: { zh: '受理', en: 'Accept' },
      allowed: owner,
      effect: (tx, e) => step.accepted(tx, e),
    },
    escalate: {
      from: ['reported', 'village'],
      to: 'township',
      label: { zh: '上报乡镇', en: 'Escalate to the township' },
      allowed: village,
      needs: { reason: true },
      effect: (tx, e, input) => step.escalated(tx, e, input),
    },
    return: {
      from: ['reported'],
      to: 'returned',
      label: { zh: '退回', en: 'Return' },
      allowed: owner,
      needs: { reason: true },
      effect: (tx, e, input) => step.returnedToReporter(tx, e, input.reason?.trim() ?? null),
    },
    merge: {
      from: ['reported', 'village', 'township'],
      to: 'merged',
      label: { zh: '合并', en: 'Merge' },
      allowed: owner,
      needs: { target: true },
      effect: (tx, e, input) => mergeInto(tx, e, input.extra?.targetId),
    },
    resolve: {
      from: ['village', 'township'],
      to: 'closed',
      label: { zh: '办结', en: 'Resolve' },
      allowed: owner,
      needs: { result: true },
      effect: (tx, e, input) => step.resolved(tx, e, input.extra),
    },
    send_back: {
      from: ['township'],
      to: 'village',
      label: { zh: '退回村级办理', en: 'Send back to the village' },
      allowed: township,
      needs: { reason: true },
      effect: (tx, e, input) => step.sentBack(tx, e, input),
    },
    dispatch: {
      from: ['township'],
      to: 'dispatched',
      label: { zh: '吹哨派单', en: 'Dispatch to departments' },
      allowed: township,
      needs: { departments: true },
      effect: (tx, e, input) => step.dispatched(tx, e, input.extra),
    },
    complete: {
      from: ['dispatched'],
      to: 'reviewing',
      label: { zh: '部门均已办结', en: 'All departments done' },
      allowed: byWorkflow,
      effect: (tx, e) => step.roundHandled(tx, e),
    },
    bounce: {
      from: ['dispatched'],
      to: 'township',
      label: { zh: '派单均被退回', en: 'All dispatches returned' },
      allowed: byWorkflow,
      effect: (tx, e) => step.roundReturned(tx, e),
    },
    approve: {
      from: ['reviewing'],
      to: 'closed',
      label: { zh: '审核通过', en: 'Approve' },
      allowed: township,
      effect: (tx, e) => step.approved(tx, e),
    },
    reject: {
      from: ['reviewing'],
      to: 'dispatched',
      label: { zh: '审核不通过', en: 'Reject' },
      allowed: township,
      needs: { reason: true },
      effect: (tx, e, input) => step.rejected(tx, e, input),
    },
    rate: {
      from: ['closed'],
      to: 'rated',
      alsoTo: ['village', 'township'],
      label: { zh: '评价', en: 'Rate' },
      allowed: reporter,
      needs: { rating: true },
      effect: (tx, e, input) => step.rated(tx, e, input.rating ?? 0),
    },
    withdraw: {
      from: ['draft', 'reported'],
      to: 'withdrawn',
      label: { zh: '撤回', en: 'Withdraw' },
      allowed: reporter,
      effect: (tx, e, input) => step.ended(tx, e, 'cancelled', input.reason?.trim() || null),
    },
  },
});

/** The automatic steps: they follow a dispatch's step, nobody asks for them. */
export const AUTOMATIC_EVENT_ACTIONS = ['complete', 'bounce'];
