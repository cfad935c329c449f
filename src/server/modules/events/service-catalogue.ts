import { eq } from 'drizzle-orm';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { DEFAULT_SERVICE_ITEMS, HOURS, PLACE, STANDARD_TAIL } from './service-defaults';
import { serviceItems } from './tables';

// The default service list of a county (CATALOGUES.md §6), written once when its regions are
// imported (and at start-up for counties imported before the list existed); the county edits it
// on the service list page.

const limitText = (d: (typeof DEFAULT_SERVICE_ITEMS)[number]) =>
  d.limit ? `${d.limit.amount} 个工作日内办结` : (d.note ?? '');

export const defaultServiceRows = (countyRegion: string) =>
  DEFAULT_SERVICE_ITEMS.map((d, i) => ({
    id: newId(),
    regionCode: countyRegion,
    code: `S${String(i + 1).padStart(2, '0')}`,
    domain: d.domain,
    name: d.name,
    intake: d.intake,
    place: PLACE[d.intake],
    person: `村代办员（每村一名）及志愿者；乡镇对口：${d.counterpart}`,
    hours: HOURS,
    standard: `办理条件和材料：${d.guide}。办理时限：${limitText(d)}。${STANDARD_TAIL}`,
    timeLimit: d.limit ?? null,
    limitNote: d.note ?? null,
    categoryCode: d.category,
    sort: i + 1,
  }));

/** Writes the default service list for a county that has none yet; returns how many items were written. */
export const seedServiceCatalogue = async (tx: Db, who: AuditWho, countyCode: string): Promise<number> => {
  const countyRegion = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ id: serviceItems.id })
    .from(serviceItems)
    .where(eq(serviceItems.regionCode, countyRegion))
    .limit(1);
  if (any) return 0;
  const rows = defaultServiceRows(countyRegion);
  await tx.insert(serviceItems).values(rows);
  await writeAudit(tx, who, {
    action: 'events.services.seed',
    entity: 'service_item',
    regionCode: countyRegion,
    diff: { items: rows.map((r) => `${r.code} ${r.name}`) },
  });
  return rows.length;
};
