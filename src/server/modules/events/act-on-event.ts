import type { EventActionBody, EventDetail } from '../../../contracts/api/events';
import { type Ctx, inTransaction } from '../../platform/context';
import type { TransitionInput } from '../../platform/workflow/define';
import { transition } from '../../platform/workflow/transition';
import { eventDetailOf } from './event-detail';
import { eventWorkflow } from './event-workflow';

// One step of an event (受理、上报、派单、办结、审核、评价 …) through the workflow building block:
// 409 naming the state and what may be done now when the state does not allow it, 403 when the
// step is someone else's, 422 when what it needs is missing. Answers the event's detail.

export const inputOf = (body: EventActionBody): TransitionInput => ({
  reason: body.reason ?? null,
  rating: body.rating ?? null,
  deadline: body.deadline ?? null,
  extra: { departments: body.departments, note: body.note, targetId: body.targetId, result: body.result },
});

export const actOnEvent = (
  ctx: Ctx,
  eventId: string,
  action: string,
  body: EventActionBody = {},
): Promise<EventDetail> =>
  inTransaction(ctx, async (tx) => {
    const { record } = await transition(tx, eventWorkflow, eventId, action, inputOf(body));
    return eventDetailOf(tx, record);
  });
