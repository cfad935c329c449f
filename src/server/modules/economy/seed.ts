import { eq } from 'drizzle-orm';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { importedCounties } from '../regions/region-view';
import { DEFAULT_BANDS, DEFAULT_TARGET } from './defaults';
import { economySettings, economyTargets } from './tables';

// A county's economy catalogues, written once when its regions are imported (and at start-up for
// counties imported before the economy module existed): the income tiers of CATALOGUES.md §11 and
// 凌云's target, both editable by the county.

/** Writes the defaults for a county that has none; returns how many rows were written. */
export const seedEconomyCatalogues = async (tx: Db, who: AuditWho, countyCode: string): Promise<number> => {
  const county = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ code: economySettings.regionCode })
    .from(economySettings)
    .where(eq(economySettings.regionCode, county))
    .limit(1);
  if (any) return 0;
  await tx
    .insert(economySettings)
    .values({ regionCode: county, basis: 'operating', bands: [...DEFAULT_BANDS] });
  const targetId = newId();
  await tx.insert(economyTargets).values({ id: targetId, regionCode: county, ...DEFAULT_TARGET });
  await writeAudit(tx, who, {
    action: 'economy.catalogue.seed',
    entity: 'economy_settings',
    entityId: county,
    regionCode: county,
    diff: { bands: DEFAULT_BANDS.length, target: DEFAULT_TARGET.name },
  });
  return 2;
};

/** At start-up: the defaults for every imported county that has none; returns rows written. */
export const seedMissingEconomyCatalogues = async (db: Db): Promise<number> => {
  let written = 0;
  const who = { actor: null, meta: { requestId: 'startup', ip: null } };
  for (const code of await importedCounties(db))
    written += await db.transaction((tx) => seedEconomyCatalogues(tx as unknown as Db, who, code));
  return written;
};
