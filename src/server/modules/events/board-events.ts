import { and, desc, type SQL, sql } from 'drizzle-orm';
import type { BoardEventsQuery, BoardFigure } from '../../../contracts/api/events-board';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { assertInScope, scopeOf, underRegion } from '../../platform/scope';
import { boardEvents, departmentOf, LATE, OPEN, OVERDUE, ownedStages, TIMED } from './board-sql';
import { eventViews } from './event-view';
import { events } from './tables';

// 考核下钻: the events behind one figure of one board row, by the board's own conditions
// (board-sql.ts), newest first. Stage figures (timed, late, open, overdue) list each event with at
// least one such stage of the unit once.

const stageOf = (q: BoardEventsQuery, condition: SQL) =>
  sql`exists (select 1 from event_stages s where s.event_id = ${events.id} and ${ownedStages(
    q.unit,
    q.unit === 'department' ? q.key : undefined,
  )} and ${condition})`;

const FIGURES: Record<BoardFigure, (q: BoardEventsQuery) => SQL | undefined> = {
  reported: () => undefined,
  closed: () => sql`${events.status} in ('closed', 'rated')`,
  timed: (q) => stageOf(q, TIMED),
  late: (q) => stageOf(q, sql`${TIMED} and ${LATE}`),
  rated: () => sql`${events.status} = 'rated' and ${events.rating} is not null`,
  satisfied: () => sql`${events.status} = 'rated' and ${events.rating} >= 4`,
  redo: () => sql`${events.status} in ('closed', 'rated') and ${events.redoCount} > 0`,
  open: (q) => stageOf(q, OPEN),
  overdue: (q) => stageOf(q, OVERDUE),
};

/** The row's unit as a condition: its place, or the events dispatched to the department. */
const unitCondition = (ctx: Ctx, q: BoardEventsQuery): SQL => {
  const own = departmentOf(ctx, q.unit);
  if (q.unit === 'department') {
    if (own && own !== q.key) throw new NotFound();
    return sql`exists (select 1 from event_dispatches d where d.event_id = ${events.id} and d.department = ${q.key} and d.status <> 'cancelled')`;
  }
  assertInScope(q.key, scopeOf(ctx.actor));
  return underRegion(events.regionCode, q.key);
};

/** The events counted by one figure of one board row, paged. */
export const boardEventList = async (ctx: Ctx, q: BoardEventsQuery) => {
  const where = and(boardEvents(ctx, q), unitCondition(ctx, q), FIGURES[q.figure](q));
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(events)
      .where(where)
      .orderBy(desc(events.reportedAt), desc(events.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(events).where(where),
  ]);
  return { items: await eventViews(ctx, rows), total: Number(total), page: q.page, pageSize: q.pageSize };
};
