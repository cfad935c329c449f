import { and, gte, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { countyScope, inScope } from '../../platform/scope';
import { type EventStatus, events } from './tables';

// What other modules may know of a county's recent events about households (docs/visits.md §2:
// the monitoring sweep's rule R3 reads grid events of listed categories). A query, not rows: the
// caller uses it as a subquery, so a county's events are never sent back and forth.

/** Statuses that are not (or no longer) an event to handle: drafts, returned, merged, withdrawn. */
const NOT_EVENTS: EventStatus[] = ['draft', 'returned', 'merged', 'withdrawn'];

/**
 * Events of the county (any region code under `countyCode`) about a household, of the given
 * categories, reported at or after `since`; as a subquery its columns are event_id, household_id,
 * region_code, category_code, title and reported_at.
 */
export const householdEventsSince = (db: Db, countyCode: string, categoryCodes: string[], since: Date) =>
  db
    .select({
      eventId: sql<string>`${events.id}`.as('event_id'),
      householdId: sql<string>`${events.householdId}`.as('household_id'),
      regionCode: sql<string>`${events.regionCode}`.as('region_code'),
      categoryCode: sql<string>`${events.categoryCode}`.as('category_code'),
      title: sql<string>`${events.title}`.as('title'),
      reportedAt: sql<Date>`${events.reportedAt}`.as('reported_at'),
    })
    .from(events)
    .where(
      and(
        inScope(events.regionCode, countyScope(countyCode)),
        isNotNull(events.householdId),
        inArray(events.categoryCode, categoryCodes.length ? categoryCodes : ['-']),
        gte(events.reportedAt, since),
        notInArray(events.status, NOT_EVENTS),
      ),
    );
