import { levelOfCode, toFullCode } from '../../../contracts/region-code';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import type { Db } from '../../platform/db/types';
import { invalidField } from '../../platform/errors';
import { readUpperRegion } from './division-data';
import { regionRow } from './import-county';
import { regions } from './tables';

/**
 * Loads a province, or a city (地级市、州、盟) with its province, from the NBS tables: the scope of
 * a region administrator before any of its counties is imported. Rows already present are kept.
 */
export const importUpperRegion = async (db: Db, who: AuditWho, fullCode: string) => {
  const level = levelOfCode(fullCode);
  // scope-check: not a filter (the NBS tables key provinces and cities by 2 and 4 digits)
  const shortCode = fullCode.slice(0, level === 'province' ? 2 : 4);
  const data = level === 'province' || level === 'city' ? await readUpperRegion(shortCode) : null;
  if (!data) throw invalidField('regionCode', `统计用区划代码中没有省级或市级区划 ${fullCode}`);
  const rows = [regionRow(data.province.code, null, 'province', data.province.name)];
  if (data.city) rows.push(regionRow(data.city.code, data.province.code, 'city', data.city.name));
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(regions)
      .values(rows)
      .onConflictDoNothing({ target: regions.code })
      .returning({ code: regions.code });
    const name = data.city?.name ?? data.province.name;
    if (inserted.length > 0)
      await writeAudit(tx as unknown as Db, who, {
        action: 'region.import',
        entity: 'region',
        entityId: toFullCode(fullCode),
        regionCode: toFullCode(fullCode),
        diff: { after: { code: fullCode, name, inserted: inserted.length } },
      });
    return { code: fullCode, name, inserted: inserted.length };
  });
};
