import { eq } from 'drizzle-orm';
import { levelOfCode } from '../../../contracts/region-code';
import type { AuditWho } from '../../platform/audit/write';
import type { Db } from '../../platform/db/types';
import { invalidField } from '../../platform/errors';
import { countyOf } from '../../platform/scope';
import { importCounty } from './import-county';
import { importUpperRegion } from './import-upper-region';
import { regions } from './tables';

export interface EnsuredRegion {
  code: string;
  name: string;
  /** What was imported to make it exist: a whole county, or a province/city row; null if it was there. */
  imported: { kind: 'county'; townships: number; villages: number } | { kind: 'upper' } | null;
}

/**
 * Makes a county, city or province exist for an administrator's scope (the first account of an
 * installation): a missing county is imported with its townships and villages, a missing city or
 * province as its own row. The modules must be installed (a county import runs their hooks).
 */
export const ensureAdminRegion = async (db: Db, who: AuditWho, code: string): Promise<EnsuredRegion> => {
  const level = levelOfCode(code);
  if (level !== 'county' && level !== 'city' && level !== 'province')
    throw invalidField('regionCode', '管理员的范围应为区县、市（州）或省级区划');
  const existing = async () =>
    (await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1))[0];
  const found = await existing();
  if (found) return { code, name: found.name, imported: null };
  if (level === 'county') {
    const r = await importCounty(db, who, countyOf(code));
    return {
      code,
      name: r.countyName,
      imported: { kind: 'county', townships: r.townships, villages: r.villages },
    };
  }
  const r = await importUpperRegion(db, who, code);
  return { code, name: r.name, imported: { kind: 'upper' } };
};
