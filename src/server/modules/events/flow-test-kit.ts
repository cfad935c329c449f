import { and, asc, eq } from 'drizzle-orm';
import type { Session } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../testing/photos';
import { workflowHistory } from '../../platform/workflow/tables';
import { h } from './events-test-kit';
import { eventDispatches, eventStages, events } from './tables';

// What the workflow's medium tests share: steps through the API and the rows they leave.

export const act = (
  as: Session,
  eventId: string,
  action: string,
  body: Record<string, unknown> = {},
  status = 200,
) => ok(as.post(`/api/events/${eventId}/actions/${action}`, body), status);

export const actOnDispatch = (
  as: Session,
  dispatchId: string,
  action: string,
  body: Record<string, unknown> = {},
  status = 200,
) => ok(as.post(`/api/events/dispatches/${dispatchId}/actions/${action}`, body), status);

export const photo = async (as: Session, kind: 'event' | 'event_dispatch', id: string, status = 201) =>
  ok(
    uploadAttachments(as, kind, id, [{ name: 'scene.jpg', type: 'image/jpeg', bytes: await testPhoto() }]),
    status,
  );

export const eventRow = async (id: string) => {
  const [row] = await h.services.database.db.select().from(events).where(eq(events.id, id));
  return row;
};

export const stagesOf = (id: string) =>
  h.services.database.db
    .select()
    .from(eventStages)
    .where(eq(eventStages.eventId, id))
    .orderBy(asc(eventStages.startedAt), asc(eventStages.kind));

export const dispatchesOf = (id: string) =>
  h.services.database.db
    .select()
    .from(eventDispatches)
    .where(eq(eventDispatches.eventId, id))
    .orderBy(asc(eventDispatches.department));

export const stepsOf = (id: string, kind = 'event') =>
  h.services.database.db
    .select()
    .from(workflowHistory)
    .where(and(eq(workflowHistory.recordKind, kind), eq(workflowHistory.recordId, id)))
    .orderBy(asc(workflowHistory.createdAt));
