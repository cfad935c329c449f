import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { BoardUnit } from '../../../contracts/api/events-board';
import type { Department } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { Forbidden } from '../../platform/errors';
import { inScope, scopeOf } from '../../platform/scope';
import { chinaDay, loadCalendar } from './calendar';
import { events } from './tables';

// What the KPI board and its drill-down share, so a figure and the events behind it are read by
// the same conditions (docs/events.md §考核与公开晾晒).

const DAY_MS = 86_400_000;

export interface Period {
  from: string;
  to: string;
  category?: string;
}

/** The instants a period of China days covers: [from 00:00, to+1 00:00) in UTC+8. */
export const periodBounds = (p: Period) => ({
  start: new Date(`${p.from}T00:00:00+08:00`),
  end: new Date(Date.parse(`${p.to}T00:00:00+08:00`) + DAY_MS),
});

/**
 * The events a board counts: in the caller's scope, reported in the period (drafts never count),
 * of the category when one is asked for.
 */
export const boardEvents = (ctx: Ctx, p: Period): SQL => {
  const { start, end } = periodBounds(p);
  return and(
    inScope(events.regionCode, scopeOf(ctx.actor)),
    sql`${events.reportedAt} >= ${start.toISOString()}::timestamptz`,
    sql`${events.reportedAt} < ${end.toISOString()}::timestamptz`,
    ne(events.status, 'draft'),
    p.category ? eq(events.categoryCode, p.category) : undefined,
  ) as SQL;
};

/** A department account sees the department board, and there only its own department. */
export const departmentOf = (ctx: Ctx, unit: BoardUnit): Department | null => {
  if (ctx.actor.role !== 'department') return null;
  if (unit !== 'department' || !ctx.actor.department) throw new Forbidden('部门账号只能查看本部门的考核');
  return ctx.actor.department;
};

/** The stages a unit owns: the village's or township's own stages, or a department's dispatch stages. */
export const ownedStages = (unit: BoardUnit, department?: string): SQL =>
  unit === 'department'
    ? department
      ? sql`s.dispatch_id is not null and s.owner = ${department}`
      : sql`s.dispatch_id is not null`
    : sql`s.dispatch_id is null and s.owner = ${unit}`;

/** An ended stage that counts for the on-time rate (a deadline, not cancelled). */
export const TIMED = sql`s.ended_at is not null and s.due_at is not null and s.outcome <> 'cancelled'`;
export const LATE = sql`s.ended_at > s.due_at`;
export const ENDED = sql`s.ended_at is not null and s.outcome <> 'cancelled'`;
export const OPEN = sql`s.ended_at is null`;
export const OVERDUE = sql`s.ended_at is null and s.due_at < now()`;
export const CLOSED = sql`status in ('closed', 'rated')`;

/**
 * The county calendar as two arrays from the period's first day to tomorrow: w[i] 1 for a working
 * day, c[i] the working days up to and including day i. Working days between two instants are
 * then w[a]·(1 − fraction of day a) + (c[b−1] − c[a]) + w[b]·fraction of day b, exactly
 * calendar.ts's workingDaysBetween, in SQL.
 */
export const calendarArrays = async (ctx: Ctx, p: Period) => {
  const calendar = await loadCalendar(ctx.db, ctx.actor.scopeCode, p.from);
  const last = chinaDay(new Date(Date.now() + DAY_MS));
  const w: number[] = [];
  const c: number[] = [];
  for (let t = Date.parse(`${p.from}T00:00:00Z`), n = 0; ; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last && w.length > 0) break;
    const work = calendar.isWorkday(day) ? 1 : 0;
    n += work;
    w.push(work);
    c.push(n);
  }
  const base = Math.floor(Date.parse(`${p.from}T00:00:00Z`) / DAY_MS);
  return { w: `{${w.join(',')}}`, c: `{${c.join(',')}}`, base, length: w.length };
};

type Calendar = Awaited<ReturnType<typeof calendarArrays>>;

/** Working days from `a` to `b` (timestamptz expressions) on the arrays of `cal` (w, c columns). */
export const workingDaysSql = (cal: Calendar, a: SQL, b: SQL): SQL => {
  // Days since 1970 in China time as float8 (extract gives numeric, which is slow over many rows).
  const days = (t: SQL) => sql`((extract(epoch from ${t})::float8 + 28800) / 86400)`;
  const index = (t: SQL) => sql`least(greatest(floor(${days(t)})::int - ${cal.base} + 1, 1), ${cal.length})`;
  const fraction = (t: SQL) => sql`(${days(t)} - floor(${days(t)}))`;
  return sql`(cal.w[${index(a)}] * (1 - ${fraction(a)}) + (coalesce(cal.c[${index(b)} - 1], 0) - cal.c[${index(a)}]) + cal.w[${index(b)}] * ${fraction(b)})`;
};
