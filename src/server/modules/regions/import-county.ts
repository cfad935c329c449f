import { sql } from 'drizzle-orm';
import { toFullCode } from '../../../contracts/region-code';
import type { RegionLevel } from '../../../contracts/roles';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import type { Db } from '../../platform/db/types';
import { invalidField } from '../../platform/errors';
import { installedModules } from '../../platform/modules/registry';
import { readCounty } from './division-data';
import { displayVillageName, pinyinInitials } from './names';
import { regions } from './tables';

export interface ImportCountyResult {
  countyCode: string;
  countyName: string;
  townships: number;
  villages: number;
  inserted: number;
}

type NewRegion = typeof regions.$inferInsert;

export const unknownCounty = (countyCode: string) =>
  invalidField('countyCode', `统计用区划代码中没有区县 ${countyCode}`);

export const regionRow = (
  code: string,
  parentCode: string | null,
  level: RegionLevel,
  name: string,
  order = 0,
): NewRegion => ({
  code: toFullCode(code),
  parentCode: parentCode === null ? null : toFullCode(parentCode),
  level,
  name,
  initials: pinyinInitials(name),
  sortOrder: order,
});

/**
 * Loads one county with its province, city, townships and villages from the NBS tables. Rows
 * already present are kept (names refreshed), so importing twice changes nothing.
 * Callers check that the county is theirs to import and install the modules first (their
 * `onCountyImport` hooks run in the same transaction); `db` may be a transaction.
 */
export const importCounty = async (
  db: Db,
  who: AuditWho,
  countyCode: string,
): Promise<ImportCountyResult> => {
  const data = await readCounty(countyCode);
  if (!data) throw unknownCounty(countyCode);
  const rows: NewRegion[] = [
    regionRow(data.province.code, null, 'province', data.province.name),
    regionRow(data.city.code, data.province.code, 'city', data.city.name),
    regionRow(data.county.code, data.city.code, 'county', data.county.name),
    ...data.townships.map((t, i) => regionRow(t.code, data.county.code, 'township', t.name, i)),
    ...data.villages.map((v, i) =>
      regionRow(v.code, v.townshipCode, 'village', displayVillageName(v.name), i),
    ),
  ];
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(regions)
      .values(rows)
      .onConflictDoUpdate({
        target: regions.code,
        set: { name: sql`excluded.name`, initials: sql`excluded.initials` },
        setWhere: sql`${regions.name} <> excluded.name`,
      })
      .returning({ code: regions.code });
    const result = {
      countyCode,
      countyName: data.county.name,
      townships: data.townships.length,
      villages: data.villages.length,
      inserted: inserted.length,
    };
    await writeAudit(tx as unknown as Db, who, {
      action: 'region.import',
      entity: 'region',
      entityId: toFullCode(countyCode),
      regionCode: toFullCode(countyCode),
      diff: { after: result },
    });
    // What the installed modules write with a county (the points catalogue …), in this transaction.
    for (const m of installedModules()) await m.onCountyImport?.(tx as unknown as Db, who, countyCode);
    return result;
  });
};
