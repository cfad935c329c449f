import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { PublicOverdueView } from '../../../contracts/api/events-board';
import { DEPARTMENT_LABELS, type Department } from '../../../contracts/roles';
import type { Db } from '../../platform/db/types';
import { NotFound } from '../../platform/errors';
import { ancestorAt, countyCodeOf, countyScope, inScope, villageOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { loadCalendar, workingDaysBetween } from './calendar';
import { eventNumber } from './event-view';
import { eventCategories, eventStages, events } from './tables';

// 公开晾晒: the open stages of a county past their deadline, for anyone without logging in. Only
// what the issue allows leaves: event number, category, village, township, owner unit, deadline and
// working days overdue — never the reporter, the text, the household, the address or coordinates.

export const PUBLIC_OVERDUE_LIMIT = 500;

export const publicOverdue = async (db: Db, county: string): Promise<PublicOverdueView> => {
  const countyCode = countyCodeOf(county);
  const countyName = (await regionNames(db, [countyCode])).get(countyCode);
  if (!countyName) throw new NotFound('没有这个县');
  const now = new Date();
  const rows = await db
    .select({
      owner: eventStages.owner,
      dueAt: eventStages.dueAt,
      regionCode: events.regionCode,
      year: events.year,
      serial: events.serial,
      category: eventCategories.name,
    })
    .from(eventStages)
    .innerJoin(events, eq(events.id, eventStages.eventId))
    .innerJoin(eventCategories, eq(eventCategories.id, events.categoryId))
    .where(
      and(
        inScope(eventStages.regionCode, countyScope(countyCode)),
        isNull(eventStages.endedAt),
        lt(eventStages.dueAt, now),
        inArray(events.status, [...OPEN_EVENT_STATUSES]),
      ),
    )
    .orderBy(asc(eventStages.dueAt), sql`${events.serial}`)
    .limit(PUBLIC_OVERDUE_LIMIT);
  const villages = rows.map((r) => villageOf(r.regionCode));
  const townships = rows.map((r) => ancestorAt(r.regionCode, 'township'));
  const [names, calendar] = await Promise.all([
    regionNames(db, [...villages, ...townships]),
    loadCalendar(db, countyCode),
  ]);
  return {
    county: countyCode,
    countyName,
    at: now.toISOString(),
    items: rows.map((r, i) => {
      const village = names.get(villages[i]) ?? '';
      const township = names.get(townships[i]) ?? '';
      const kind =
        r.owner === 'village' || r.owner === 'township' || r.owner === 'county' ? r.owner : 'department';
      const owner =
        kind === 'village'
          ? village
          : kind === 'township'
            ? township
            : kind === 'county'
              ? countyName
              : (DEPARTMENT_LABELS[r.owner as Department]?.zh ?? r.owner);
      return {
        number: eventNumber(r),
        category: r.category,
        village,
        township,
        ownerKind: kind,
        owner,
        dueAt: (r.dueAt as Date).toISOString(),
        daysOverdue: workingDaysBetween(calendar, r.dueAt as Date, now),
      };
    }),
  };
};
