import { eq } from 'drizzle-orm';
import type { EventActionBody, EventDetail } from '../../../contracts/api/events';
import { type Ctx, inTransaction } from '../../platform/context';
import { getInScope, scopeOf } from '../../platform/scope';
import { transition } from '../../platform/workflow/transition';
import { inputOf } from './act-on-event';
import { asWorkflow } from './automatic';
import { currentRound, roundOutcome } from './dispatch-round';
import { dispatchWorkflow } from './dispatch-workflow';
import { eventDetailOf } from './event-detail';
import { eventWorkflow } from './event-workflow';
import { eventDispatches, events } from './tables';

// A department's step on its dispatch (报到、办理完成、退回派单). The event's row is locked first,
// so the steps of one round's departments run one after another and exactly one of them sees the
// round end: when every dispatch still in it is handled the event goes to review (complete), when
// all were returned it goes back to the township (bounce), both as steps of the event's workflow.

export const actOnDispatch = (
  ctx: Ctx,
  dispatchId: string,
  action: string,
  body: EventActionBody = {},
): Promise<EventDetail> =>
  inTransaction(ctx, async (tx) => {
    const dispatch = await getInScope(tx.db, eventDispatches, dispatchId, scopeOf(tx.actor));
    await tx.db.select({ id: events.id }).from(events).where(eq(events.id, dispatch.eventId)).for('update');
    const { record } = await transition(tx, dispatchWorkflow, dispatchId, action, inputOf(body));
    let [event] = await tx.db.select().from(events).where(eq(events.id, record.eventId));
    if (event.status === 'dispatched') {
      const outcome = roundOutcome(await currentRound(tx, event.id));
      if (outcome !== 'open')
        event = (
          await transition(
            asWorkflow(tx),
            eventWorkflow,
            event.id,
            outcome === 'handled' ? 'complete' : 'bounce',
          )
        ).record;
    }
    return eventDetailOf(tx, event);
  });
