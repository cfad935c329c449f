import chineseDays from 'chinese-days';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { eventCalendarDays, type TimeLimit } from './tables';

// 工作日历: working days are the national calendar of chinese-days (weekends, public holidays and
// the make-up working days 调休) with the county's own additions on top (a local festival off, an
// extra working day). Days are China's (UTC+8) calendar days.
//
// Limits: `h` counts clock hours, `d` calendar days, `wd` working days: a stage opened on any day
// is due at the end (24:00, UTC+8) of the nth working day after that day. The warning falls when
// 80 % of the time between opening and the deadline has passed.

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
export const WARN_FRACTION = 0.8;

/** The China calendar day (YYYY-MM-DD) of an instant. */
export const chinaDay = (at: Date): string =>
  new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The instant a China calendar day ends (24:00 UTC+8). */
export const endOfChinaDay = (day: string): Date =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS - CHINA_OFFSET_MS);

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export interface WorkingCalendar {
  isWorkday(day: string): boolean;
}

/** The national calendar with a county's additions (day → holiday or workday). */
export const workingCalendar = (
  additions: ReadonlyMap<string, 'holiday' | 'workday'> = new Map(),
): WorkingCalendar => ({
  isWorkday: (day) => {
    const own = additions.get(day);
    if (own) return own === 'workday';
    return chineseDays.isWorkday(day);
  },
});

/** A county's calendar: its additions from `from` on (a year back is plenty for open stages). */
export const loadCalendar = async (db: Db, countyCode: string, from?: string): Promise<WorkingCalendar> => {
  const county = countyCodeOf(countyCode);
  const since = from ?? chinaDay(new Date(Date.now() - 400 * DAY_MS));
  const rows = await db
    .select({ day: eventCalendarDays.day, kind: eventCalendarDays.kind })
    .from(eventCalendarDays)
    .where(and(eq(eventCalendarDays.regionCode, county), gte(eventCalendarDays.day, since)));
  return workingCalendar(new Map(rows.map((r) => [r.day, r.kind])));
};

/** When a stage opened at `start` with `limit` is due. */
export const addLimit = (calendar: WorkingCalendar, start: Date, limit: TimeLimit): Date => {
  if (limit.unit === 'h') return new Date(start.getTime() + limit.amount * 3_600_000);
  if (limit.unit === 'd') return new Date(start.getTime() + limit.amount * DAY_MS);
  let day = chinaDay(start);
  let left = limit.amount;
  // Ten years of days is far beyond any limit; the bound keeps a broken calendar from looping.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    day = nextDay(day);
    if (calendar.isWorkday(day)) left--;
  }
  return endOfChinaDay(day);
};

/** When to warn about a stage: 80 % of the way from its start to its deadline. */
export const warnAt = (start: Date, due: Date): Date =>
  new Date(start.getTime() + Math.round((due.getTime() - start.getTime()) * WARN_FRACTION));

/**
 * Working days between two instants: whole working days strictly between their days, plus the
 * worked fraction of the first and last day when they are working days.
 */
export const workingDaysBetween = (calendar: WorkingCalendar, from: Date, to: Date): number => {
  if (to <= from) return 0;
  const a = chinaDay(from);
  const b = chinaDay(to);
  const fraction = (at: Date) => ((at.getTime() + CHINA_OFFSET_MS) % DAY_MS) / DAY_MS;
  if (a === b) return calendar.isWorkday(a) ? fraction(to) - fraction(from) : 0;
  let total = calendar.isWorkday(a) ? 1 - fraction(from) : 0;
  for (let day = nextDay(a), guard = 0; day < b && guard < 3660; day = nextDay(day), guard++)
    if (calendar.isWorkday(day)) total += 1;
  if (calendar.isWorkday(b)) total += fraction(to);
  return Math.round(total * 100) / 100;
};

/** The calendar additions of a county between two days, for the calendar page. */
export const calendarAdditions = (db: Db, countyCode: string, from: string, to: string) =>
  db
    .select()
    .from(eventCalendarDays)
    .where(
      and(
        eq(eventCalendarDays.regionCode, countyCodeOf(countyCode)),
        gte(eventCalendarDays.day, from),
        lte(eventCalendarDays.day, to),
      ),
    )
    .orderBy(eventCalendarDays.day);
