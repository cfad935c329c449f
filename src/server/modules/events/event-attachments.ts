import { eq } from 'drizzle-orm';
import type { AttachableKind } from '../../platform/attachments/kinds';
import { Conflict, Forbidden, NotFound } from '../../platform/errors';
import { seesEvent } from './event-access';
import { dispatchWorkflowKind, eventWorkflowKind } from './kinds';
import {
  mayAddDispatchPhoto,
  mayAddEventPhoto,
  mayRemoveDispatchPhoto,
  mayRemoveEventPhoto,
  maySeeDispatch,
} from './policy';
import { eventDispatches, events } from './tables';

// 照片 of events, on the platform's attachments. An event's photos: the reporter's of the scene
// (while it waits to be accepted) and the village's or township's of the result (while they handle
// it). A dispatch's photos: its department's of the result, after 报到 and before 办理完成 (handling
// needs at least one). Seen by whoever may see the record; removed by whoever uploaded them while
// photos may still be added.

type EventRow = typeof events.$inferSelect;
type DispatchRow = typeof eventDispatches.$inferSelect;

export const MAX_EVENT_PHOTOS = 9;

export const eventAttachments: AttachableKind<EventRow> = {
  kind: eventWorkflowKind,
  label: { zh: '网格事件', en: 'grid event' },
  table: events,
  accept: ['image'],
  maxFiles: MAX_EVENT_PHOTOS,
  assertMayRead: async (ctx, event) => {
    if (!(await seesEvent(ctx, event))) throw new NotFound();
  },
  assertMayAdd: async (ctx, event) => {
    if (!(await seesEvent(ctx, event))) throw new NotFound();
    if (!mayAddEventPhoto(ctx.actor, event))
      throw new Forbidden(
        '现在不能为此事件上传照片：上报人在受理前可补充现场照片，办理人在办理中可上传结果照片',
      );
  },
  assertMayRemove: async (ctx, event, photo) => {
    if (!(await seesEvent(ctx, event))) throw new NotFound();
    if (!mayRemoveEventPhoto(ctx.actor, event, photo.createdBy))
      throw new Conflict('只有上传人可以删除照片，且事件办结后照片不能再删除');
  },
};

const seen = async (ctx: Parameters<AttachableKind['assertMayRead']>[0], d: DispatchRow) => {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, d.eventId));
  if (!event || !maySeeDispatch(ctx.actor, d, await seesEvent(ctx, event))) throw new NotFound();
};

export const dispatchAttachments: AttachableKind<DispatchRow> = {
  kind: dispatchWorkflowKind,
  label: { zh: '吹哨派单', en: 'dispatch' },
  table: eventDispatches,
  accept: ['image'],
  maxFiles: MAX_EVENT_PHOTOS,
  assertMayRead: (ctx, d) => seen(ctx, d),
  assertMayAdd: async (ctx, d) => {
    await seen(ctx, d);
    if (!mayAddDispatchPhoto(ctx.actor, d))
      throw new Conflict('报到后、办理完成前，由派往的部门上传办理结果照片');
  },
  assertMayRemove: async (ctx, d, photo) => {
    await seen(ctx, d);
    if (!mayRemoveDispatchPhoto(ctx.actor, d, photo.createdBy))
      throw new Conflict('只有上传人可以在办理完成前删除照片');
  },
};
