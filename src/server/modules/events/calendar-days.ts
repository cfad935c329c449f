import chineseDays from 'chinese-days';
import { and, eq } from 'drizzle-orm';
import type { AddCalendarDayBody, CalendarDay, CalendarView } from '../../../contracts/api/events-calendar';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { countyCodeOf, getInScope, scopeOf } from '../../platform/scope';
import { calendarAdditions } from './calendar';
import { eventCalendarDays } from './tables';

// 工作日历: the year's national holidays and 调休 working days (chinese-days) and the county's own
// days, which its administrator adds and removes. A change applies to stages opened afterwards;
// deadlines already set stay as they were announced.

/** "National Day,国庆节,3" → 国庆节. */
const holidayName = (day: string): string => {
  const name = chineseDays.getDayDetail(day).name ?? '';
  return name.split(',')[1] ?? name;
};

const isWeekend = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/** The national days of a year that differ from a plain week: holidays and 调休 working days. */
export const nationalDays = (year: number): CalendarDay[] => {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const holidays = chineseDays
    .getHolidaysInRange(from, to, false)
    .map((day) => ({ day, kind: 'holiday' as const }));
  const workdays = chineseDays
    .getWorkdaysInRange(from, to, true)
    .filter(isWeekend)
    .map((day) => ({ day, kind: 'workday' as const }));
  return [...holidays, ...workdays].map((d) => ({
    ...d,
    name: holidayName(d.day),
    source: 'national' as const,
    id: null,
  }));
};

export const getCalendar = async (ctx: Ctx, year: number): Promise<CalendarView> => {
  const countyCode = countyCodeOf(ctx.actor.scopeCode);
  const national = nationalDays(year);
  const own = await calendarAdditions(ctx.db, countyCode, `${year}-01-01`, `${year}-12-31`);
  const overridden = new Set(own.map((d) => d.day));
  const days: CalendarDay[] = [
    ...national.filter((d) => !overridden.has(d.day)),
    ...own.map((d) => ({ day: d.day, kind: d.kind, name: d.name, source: 'county' as const, id: d.id })),
  ].sort((a, b) => a.day.localeCompare(b.day));
  return { year, countyCode, nationalKnown: national.length > 0, days };
};

export const addCalendarDay = (ctx: Ctx, body: AddCalendarDayBody): Promise<CalendarDay> =>
  inTransaction(ctx, async (tx) => {
    const regionCode = countyCodeOf(tx.actor.scopeCode);
    const workday = chineseDays.isWorkday(body.day);
    if (body.kind === 'holiday' && !workday)
      throw invalidField('day', `${body.day} 本来就是休息日，无需添加`);
    if (body.kind === 'workday' && workday) throw invalidField('day', `${body.day} 本来就是工作日，无需添加`);
    const [row] = await tx.db
      .insert(eventCalendarDays)
      .values({ id: newId(), regionCode, day: body.day, kind: body.kind, name: body.name })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict(`${body.day} 已在本县工作日历中，请先删除原有设置`);
    await writeAudit(tx.db, tx, {
      action: 'events.calendar.add',
      entity: 'event_calendar_day',
      entityId: row.id,
      regionCode,
      diff: auditDiff(null, { day: row.day, kind: row.kind, name: row.name }),
    });
    return { day: row.day, kind: row.kind, name: row.name, source: 'county', id: row.id };
  });

export const removeCalendarDay = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    const row = await getInScope(tx.db, eventCalendarDays, id, scopeOf(tx.actor), { forUpdate: true });
    await tx.db.delete(eventCalendarDays).where(and(eq(eventCalendarDays.id, row.id)));
    await writeAudit(tx.db, tx, {
      action: 'events.calendar.remove',
      entity: 'event_calendar_day',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff({ day: row.day, kind: row.kind, name: row.name }, null),
    });
    return { ok: true as const };
  });
