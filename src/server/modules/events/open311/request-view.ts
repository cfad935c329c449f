import { and, inArray } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../../contracts/api/events';
import { DEPARTMENT_LABELS } from '../../../../contracts/roles';
import type { Db } from '../../../platform/db/types';
import { ancestorAt, countyCodeOf, villageOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { EVENT_STATUS_LABELS, type EventRow, eventNumber } from '../event-view';
import { eventDispatches } from '../tables';
import { type Item, isoWithOffset } from './format';

// A grid event as a GeoReport v2 service request. What leaves: the category, the text, the
// place (village, address, WGS84 coordinates), the state and who is handling it. What never
// leaves: the reporter (name, account, phone), the household, the grid and our own photos
// (attachments are private; media_url is only the link an Open311 client sent itself).

const OPEN = new Set<string>(OPEN_EVENT_STATUSES);

const ownerCode = (r: EventRow): string =>
  r.level === 'county'
    ? countyCodeOf(r.regionCode)
    : r.level === 'township'
      ? ancestorAt(r.regionCode, 'township')
      : villageOf(r.regionCode);

/** The departments still working on a dispatched event (sent or acknowledged). */
const workingDepartments = async (db: Db, rows: EventRow[]) => {
  const ids = rows.filter((r) => r.status === 'dispatched').map((r) => r.id);
  const byEvent = new Map<string, string[]>();
  if (!ids.length) return byEvent;
  const dispatches = await db
    .select({ eventId: eventDispatches.eventId, department: eventDispatches.department })
    .from(eventDispatches)
    .where(
      and(inArray(eventDispatches.eventId, ids), inArray(eventDispatches.status, ['sent', 'acknowledged'])),
    );
  for (const d of dispatches)
    byEvent.set(d.eventId, [...(byEvent.get(d.eventId) ?? []), DEPARTMENT_LABELS[d.department].zh]);
  return byEvent;
};

export const requestViews = async (
  db: Db,
  rows: EventRow[],
  categoryNames: Map<string, string>,
): Promise<Item[]> => {
  const codes = rows.flatMap((r) => [
    ownerCode(r),
    villageOf(r.regionCode),
    ancestorAt(r.regionCode, 'township'),
  ]);
  const [names, departments] = await Promise.all([regionNames(db, codes), workingDepartments(db, rows)]);
  return rows.map((r) => {
    const village = names.get(villageOf(r.regionCode)) ?? '';
    const township = names.get(ancestorAt(r.regionCode, 'township')) ?? '';
    const working = departments.get(r.id);
    return {
      service_request_id: r.id,
      status: OPEN.has(r.status) ? 'open' : 'closed',
      status_notes: EVENT_STATUS_LABELS[r.status].zh,
      service_name: categoryNames.get(r.categoryId) ?? r.categoryCode,
      service_code: r.categoryCode,
      description: r.description,
      agency_responsible: working?.length ? working.join('、') : (names.get(ownerCode(r)) ?? null),
      service_notice: `事件编号 ${eventNumber(r)}`,
      requested_datetime: isoWithOffset(r.reportedAt),
      // For a closed request, the time it was closed (as the specification asks).
      updated_datetime: isoWithOffset(OPEN.has(r.status) ? r.updatedAt : (r.closedAt ?? r.updatedAt)),
      expected_datetime: OPEN.has(r.status) ? isoWithOffset(r.stageDueAt) : null,
      address: r.address ?? `${township}${village}`,
      address_id: villageOf(r.regionCode),
      lat: r.lat,
      long: r.lng,
      media_url: r.mediaUrl,
    };
  });
};
