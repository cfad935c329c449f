import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { countyScope, inScope } from '../../platform/scope';
import { eventNumber } from './event-view';
import { events, serviceItems } from './tables';

// What other modules may know of service-list requests (申请办理): the requests of households for
// a named item, e.g. the monitoring's 防返贫申报 (visits/clues/service-requests.ts). A system
// read (the monitoring sweep), optionally narrowed to one county; merged duplicates are left out.

export interface ServiceRequestRef {
  id: string;
  number: string;
  regionCode: string;
  householdId: string;
  description: string;
  reporterId: string | null;
  reportedAt: Date;
}

export const serviceRequestsForItem = async (
  db: Db,
  o: { itemName: string; countyCode?: string },
): Promise<ServiceRequestRef[]> => {
  const rows = await db
    .select({
      id: events.id,
      year: events.year,
      serial: events.serial,
      regionCode: events.regionCode,
      householdId: events.householdId,
      description: events.description,
      reporterId: events.reporterId,
      reportedAt: events.reportedAt,
    })
    .from(events)
    .innerJoin(serviceItems, eq(serviceItems.id, events.serviceItemId))
    .where(
      and(
        eq(serviceItems.name, o.itemName),
        eq(events.source, 'service'),
        isNotNull(events.householdId),
        isNull(events.mergedInto),
        o.countyCode ? inScope(events.regionCode, countyScope(o.countyCode)) : undefined,
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    number: eventNumber(r),
    regionCode: r.regionCode,
    householdId: r.householdId as string,
    description: r.description,
    reporterId: r.reporterId,
    reportedAt: r.reportedAt,
  }));
};
