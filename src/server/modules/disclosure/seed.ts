import { eq } from 'drizzle-orm';
import { type AuditWho, writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { DEFAULT_KINDS } from './defaults';
import { disclosureKinds } from './tables';

// A county's catalogue of the ten kinds (十公开), written once when its regions are imported. The
// county edits names, frequencies and descriptions afterwards (catalogue.ts).

/** Writes the defaults for a county that has none; returns how many kinds were written. */
export const seedDisclosureKinds = async (tx: Db, who: AuditWho, countyCode: string): Promise<number> => {
  const county = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ id: disclosureKinds.id })
    .from(disclosureKinds)
    .where(eq(disclosureKinds.regionCode, county))
    .limit(1);
  if (any) return 0;
  await tx
    .insert(disclosureKinds)
    .values(DEFAULT_KINDS.map((k, i) => ({ id: newId(), regionCode: county, sortOrder: i + 1, ...k })));
  await writeAudit(tx, who, {
    action: 'disclosure.catalogue.seed',
    entity: 'disclosure_kind',
    entityId: county,
    regionCode: county,
    diff: { kinds: DEFAULT_KINDS.map((k) => k.name) },
  });
  return DEFAULT_KINDS.length;
};
