import { type SQL, sql } from 'drizzle-orm';
import type { BoardQuery, BoardRow, BoardView } from '../../../contracts/api/events-board';
import { DEPARTMENT_LABELS, type Department } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { regionAtLevel } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import {
  boardEvents,
  CLOSED,
  calendarArrays,
  departmentOf,
  ENDED,
  LATE,
  OPEN,
  OVERDUE,
  ownedStages,
  TIMED,
  workingDaysSql,
} from './board-sql';
import { events } from './tables';

// 事件考核: one SQL per board. Events of the period (ev) → per unit the counts of events (agg) and
// of the unit's own stages (st). Villages and townships are the event's place; departments are
// the departments the events were dispatched to (docs/events.md §考核与公开晾晒).

interface Raw extends Record<string, unknown> {
  unit: string;
  reported: number;
  closed: number;
  redo: number;
  rated: number;
  rating_sum: number | null;
  satisfied: number;
  close_days: number | null;
  timed: number;
  on_time: number;
  stage_days: number | null;
  open: number;
  overdue: number;
}

const stageCounts = (unitColumn: SQL, owned: SQL) => sql`
  select ${unitColumn} as unit,
    count(*) filter (where ${TIMED}) as timed,
    count(*) filter (where ${TIMED} and not (${LATE})) as on_time,
    avg(s.working_days) filter (where ${ENDED}) as stage_days,
    count(distinct s.event_id) filter (where ${OPEN}) as open,
    count(distinct s.event_id) filter (where ${OVERDUE}) as overdue
  from event_stages s join ev on ev.id = s.event_id
  where ${owned}
  group by 1`;

const eventCounts = (closeDays: SQL) => sql`
  count(*) as reported,
  count(*) filter (where ${CLOSED}) as closed,
  count(*) filter (where ${CLOSED} and redo_count > 0) as redo,
  count(*) filter (where status = 'rated' and rating is not null) as rated,
  sum(rating) filter (where status = 'rated') as rating_sum,
  count(*) filter (where status = 'rated' and rating >= 4) as satisfied,
  ${closeDays} as close_days`;

const result = sql`
  select agg.*, coalesce(st.timed, 0) as timed, coalesce(st.on_time, 0) as on_time, st.stage_days,
    coalesce(st.open, 0) as open, coalesce(st.overdue, 0) as overdue
  from agg left join st on st.unit = agg.unit
  order by agg.unit`;

const placeBoard = async (ctx: Ctx, q: BoardQuery, level: 'township' | 'village') => {
  const cal = await calendarArrays(ctx, q);
  const days = workingDaysSql(cal, sql`reported_at`, sql`closed_at`);
  return sql`
    with ev as (
      select ${events.id} as id, ${regionAtLevel(events.regionCode, level)} as unit, ${events.status} as status,
        ${events.rating} as rating, ${events.redoCount} as redo_count, ${events.reportedAt} as reported_at,
        ${events.closedAt} as closed_at
      from ${events} where ${boardEvents(ctx, q)}
    ),
    cal as (select ${cal.w}::int[] as w, ${cal.c}::int[] as c),
    agg as (
      select unit, ${eventCounts(sql`avg(${days}) filter (where ${CLOSED} and closed_at is not null)`)}
      from ev, cal group by unit
    ),
    st as (${stageCounts(sql`ev.unit`, ownedStages(level))})
    ${result}`;
};

const departmentBoard = (ctx: Ctx, q: BoardQuery, own: Department | null) => sql`
  with ev as (
    select ${events.id} as id, ${events.status} as status, ${events.rating} as rating,
      ${events.redoCount} as redo_count
    from ${events} where ${boardEvents(ctx, q)}
  ),
  dd as (
    select distinct d.department as unit, d.event_id from event_dispatches d join ev on ev.id = d.event_id
    where d.status <> 'cancelled' ${own ? sql`and d.department = ${own}` : sql``}
  ),
  agg as (
    select dd.unit, ${eventCounts(sql`null::float8`)}
    from dd join ev on ev.id = dd.event_id group by dd.unit
  ),
  st as (${stageCounts(sql`s.owner`, ownedStages('department', own ?? undefined))})
  ${result}`;

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
const round2 = (x: number | null) => (x == null ? null : Math.round(Number(x) * 100) / 100);

const toRow = (r: Raw, name: string): BoardRow => {
  const n = (k: keyof Raw) => Number(r[k] ?? 0);
  return {
    key: r.unit,
    name,
    reported: n('reported'),
    closed: n('closed'),
    timedStages: n('timed'),
    onTimeStages: n('on_time'),
    onTimeRate: ratio(n('on_time'), n('timed')),
    meanStageDays: round2(r.stage_days),
    meanCloseDays: round2(r.close_days),
    rated: n('rated'),
    meanRating: n('rated') ? round2(n('rating_sum') / n('rated')) : null,
    satisfied: n('satisfied'),
    satisfiedRate: ratio(n('satisfied'), n('rated')),
    redo: n('redo'),
    redoRate: ratio(n('redo'), n('closed')),
    open: n('open'),
    overdue: n('overdue'),
  };
};

/** The KPI board of a unit kind for the caller's scope and the period. */
export const eventBoard = async (ctx: Ctx, q: BoardQuery): Promise<BoardView> => {
  const own = departmentOf(ctx, q.unit);
  const query = q.unit === 'department' ? departmentBoard(ctx, q, own) : await placeBoard(ctx, q, q.unit);
  const raw = ((await ctx.db.execute(query)) as unknown as { rows: Raw[] }).rows;
  const names =
    q.unit === 'department'
      ? new Map<string, string>()
      : await regionNames(
          ctx.db,
          raw.map((r) => r.unit),
        );
  const nameOf = (key: string) =>
    q.unit === 'department' ? (DEPARTMENT_LABELS[key as Department]?.zh ?? key) : (names.get(key) ?? key);
  return {
    unit: q.unit,
    from: q.from,
    to: q.to,
    category: q.category ?? null,
    rows: raw.map((r) => toRow(r, nameOf(r.unit))),
    at: new Date().toISOString(),
  };
};
