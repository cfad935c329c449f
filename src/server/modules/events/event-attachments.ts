import type { AttachableKind } from '../../platform/attachments/kinds';
import { Conflict, Forbidden, NotFound } from '../../platform/errors';
import type { EventRow } from './event-view';
import { eventWorkflowKind } from './kinds';
import { events } from './tables';

// 现场照片 of an event (minimal declaration by the reporting part; the workflow part may widen
// it): the reporter adds photos while the report is unsent or waiting to be accepted, and sees
// them; staff of the event's area see them. Other villagers never see someone else's photos.

export const MAX_PHOTOS_PER_EVENT = 9;
const RESIDENTS = new Set(['villager', 'party_member']);
const REPORTER_MAY_ADD: EventRow['status'][] = ['draft', 'reported'];

const isReporter = (ctx: { actor: { userId: string } }, e: EventRow) => e.reporterId === ctx.actor.userId;

export const eventAttachments: AttachableKind<EventRow> = {
  kind: eventWorkflowKind,
  label: { zh: '事件', en: 'event' },
  table: events,
  accept: ['image'],
  maxFiles: MAX_PHOTOS_PER_EVENT,
  assertMayRead: (ctx, e) => {
    if (RESIDENTS.has(ctx.actor.role) && !isReporter(ctx, e)) throw new NotFound();
  },
  assertMayAdd: (ctx, e) => {
    if (!isReporter(ctx, e)) throw new Forbidden('只有上报人可以为事件上传现场照片');
    if (!REPORTER_MAY_ADD.includes(e.status)) throw new Conflict('事件已受理，不能再补充照片');
  },
  assertMayRemove: (ctx, e) => {
    if (!isReporter(ctx, e)) throw new Forbidden('只有上报人可以删除现场照片');
    if (e.status !== 'draft') throw new Conflict('事件已提交，照片不能再删除');
  },
};
