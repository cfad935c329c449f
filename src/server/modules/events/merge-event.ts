import { and, eq } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { Ctx } from '../../platform/context';
import { invalidField, NotFound } from '../../platform/errors';
import { countyOf, getInScope, scopeOf } from '../../platform/scope';
import { writeStep } from '../../platform/workflow/history';
import { eventNumber } from './event-view';
import { eventWorkflowKind } from './kinds';
import { closeStage } from './stages';
import { eventFollowers, events } from './tables';

// 合并重复事件: staff merge a duplicate report into the one that survives (same county, still
// open, in their scope). The duplicate's reporter and followers follow the survivor, so they see
// it and hear when it is closed; both events keep a history step.

type EventRow = typeof events.$inferSelect;

const survivorOf = async (tx: Ctx, duplicate: EventRow, targetId: unknown): Promise<EventRow> => {
  if (typeof targetId !== 'string' || !/^[0-9a-f-]{36}$/i.test(targetId))
    throw invalidField('targetId', '请选择要合并到的事件');
  if (targetId === duplicate.id) throw invalidField('targetId', '不能合并到事件本身');
  const target = await getInScope(tx.db, events, targetId, scopeOf(tx.actor), { forUpdate: true }).catch(
    (e) => {
      if (e instanceof NotFound) throw invalidField('targetId', '要合并到的事件不存在或不在您的管辖范围内');
      throw e;
    },
  );
  if (countyOf(target.regionCode) !== countyOf(duplicate.regionCode))
    throw invalidField('targetId', '只能合并同一县内的事件');
  if (!OPEN_EVENT_STATUSES.includes(target.status))
    throw invalidField('targetId', '要合并到的事件已办结或已关闭，请选择仍在办理的事件');
  return target;
};

export const mergeInto = async (tx: Ctx, duplicate: EventRow, targetId: unknown) => {
  const target = await survivorOf(tx, duplicate, targetId);
  await closeStage(tx, duplicate, 'cancelled');
  const followers = await tx.db
    .select({ userId: eventFollowers.userId })
    .from(eventFollowers)
    .where(eq(eventFollowers.eventId, duplicate.id));
  const people = new Set([duplicate.reporterId, ...followers.map((f) => f.userId)]);
  people.delete(target.reporterId);
  people.delete(null);
  if (people.size)
    await tx.db
      .insert(eventFollowers)
      .values(
        [...people].map((userId) => ({ eventId: target.id, userId: userId!, regionCode: target.regionCode })),
      )
      .onConflictDoNothing();
  await writeStep(
    tx,
    { kind: eventWorkflowKind },
    {
      recordId: target.id,
      regionCode: target.regionCode,
      action: 'merge',
      from: target.status,
      to: target.status,
      data: { mergedFrom: duplicate.id, mergedNumber: eventNumber(duplicate), followers: people.size },
    },
  );
  await tx.db
    .update(events)
    .set({ updatedAt: new Date() })
    .where(and(eq(events.id, target.id)));
  return {
    set: { mergedInto: target.id, updatedAt: new Date() },
    data: { targetId: target.id, targetNumber: eventNumber(target) },
  };
};
