import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Department, departmentSchema } from '../../../contracts/roles';
import { newId } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { openStage } from './stages';
import { type eventCategories, eventDispatches, type events } from './tables';

// 吹哨派单: the township sends an event to one or more departments at once (a round); each
// dispatch opens its own acknowledge stage (报到时限). The round ends when every dispatch still in
// it is handled (→ 待审核), or when all were returned as wrong dispatches (→ back to the township).

type EventRow = typeof events.$inferSelect;
type Category = typeof eventCategories.$inferSelect;
export type DispatchRow = typeof eventDispatches.$inferSelect;

/** The departments asked for (checked), else the category's first. */
export const departmentsOf = (
  extra: Record<string, unknown> | undefined,
  category: Category,
): Department[] => {
  const asked = extra?.departments;
  if (asked === undefined || (Array.isArray(asked) && asked.length === 0)) {
    if (category.departments.length === 0) throw invalidField('departments', '请选择派往的部门');
    return [category.departments[0]];
  }
  const parsed = departmentSchema.array().max(10, '一次最多派往 10 个部门').safeParse(asked);
  if (!parsed.success) throw invalidField('departments', '请选择派往的部门');
  return [...new Set(parsed.data)];
};

/** 办理结果: the text a resolve or a dispatch's handling must carry. */
export const resultOf = (extra: Record<string, unknown> | undefined): string => {
  const result = typeof extra?.result === 'string' ? extra.result.trim() : '';
  if (result.length < 2) throw invalidField('result', '请填写办理结果');
  if (result.length > 2000) throw invalidField('result', '办理结果不超过 2000 字');
  return result;
};

const noteOf = (extra: Record<string, unknown> | undefined): string | null => {
  const note = typeof extra?.note === 'string' ? extra.note.trim() : '';
  if (note.length > 500) throw invalidField('note', '派单说明不超过 500 字');
  return note || null;
};

/** The latest round's number (0 before the first dispatch). */
export const lastRound = async (tx: Ctx, eventId: string): Promise<number> => {
  const [row] = await tx.db
    .select({ round: sql<number>`coalesce(max(${eventDispatches.round}), 0)::int` })
    .from(eventDispatches)
    .where(eq(eventDispatches.eventId, eventId));
  return row?.round ?? 0;
};

/** Creates the round's dispatches, each with its acknowledge stage and deadline. */
export const sendRound = async (
  tx: Ctx,
  event: EventRow,
  category: Category,
  extra: Record<string, unknown> | undefined,
): Promise<{ round: number; departments: Department[]; dispatches: DispatchRow[] }> => {
  const departments = departmentsOf(extra, category);
  const note = noteOf(extra);
  const round = (await lastRound(tx, event.id)) + 1;
  const at = new Date();
  const dispatches: DispatchRow[] = [];
  for (const department of departments) {
    const id = newId();
    await tx.db.insert(eventDispatches).values({
      id,
      regionCode: event.regionCode,
      eventId: event.id,
      department,
      status: 'sent',
      round,
      note,
      sentBy: tx.actor.userId,
      sentAt: at,
    });
    const stage = await openStage(tx, event, category, {
      kind: 'acknowledge',
      owner: department,
      dispatchId: id,
      at,
    });
    const [row] = await tx.db
      .update(eventDispatches)
      .set({ ackDueAt: stage.dueAt })
      .where(eq(eventDispatches.id, id))
      .returning();
    dispatches.push(row);
  }
  return { round, departments, dispatches };
};

/** The dispatches of the event's latest round. */
export const currentRound = async (tx: Ctx, eventId: string): Promise<DispatchRow[]> => {
  const round = await lastRound(tx, eventId);
  return tx.db
    .select()
    .from(eventDispatches)
    .where(and(eq(eventDispatches.eventId, eventId), eq(eventDispatches.round, round)))
    .orderBy(desc(eventDispatches.sentAt), eventDispatches.department);
};

/** Where the round stands: 'handled' (all still in it done), 'returned' (none left), or 'open'. */
export const roundOutcome = (round: Pick<DispatchRow, 'status'>[]): 'handled' | 'returned' | 'open' => {
  const live = round.filter((d) => d.status !== 'returned' && d.status !== 'cancelled');
  if (live.length === 0) return 'returned';
  return live.every((d) => d.status === 'handled') ? 'handled' : 'open';
};

export const handledIds = (round: DispatchRow[]) =>
  round.filter((d) => d.status === 'handled').map((d) => d.id);

export const dispatchesByIds = (tx: Ctx, ids: string[]) =>
  ids.length
    ? tx.db.select().from(eventDispatches).where(inArray(eventDispatches.id, ids))
    : Promise.resolve([]);
