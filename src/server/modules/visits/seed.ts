import { and, eq, isNull } from 'drizzle-orm';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { importedCounties } from '../regions/region-view';
import { DEFAULT_RULES, FALLBACK_THRESHOLD, KNOWN_THRESHOLDS } from './defaults';
import { monitoringRules, monitoringThresholds } from './tables';

// A county's monitoring catalogues, written once when its regions are imported (and at start-up
// for counties imported before this module existed): the threshold for this year and last (the
// province's figure where CATALOGUES.md §7 names one, else 8,700 with a note asking for the real
// one) and version 1 of the default rules R1–R4. Both are edited by the county afterwards.

/** The years a new county gets a threshold for: the current one and the one before. */
const seedYears = (now = new Date()) => [now.getFullYear() - 1, now.getFullYear()];

/** Writes the defaults for a county that has none; returns how many rows were written. */
export const seedVisitsCatalogues = async (tx: Db, who: AuditWho, countyCode: string): Promise<number> => {
  const county = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ id: monitoringRules.id })
    .from(monitoringRules)
    .where(and(eq(monitoringRules.regionCode, county), isNull(monitoringRules.supersededAt)))
    .limit(1);
  if (any) return 0;
  const province = county.slice(0, 2);
  const thresholds = seedYears().map((year) => {
    const known = KNOWN_THRESHOLDS.find((k) => k.province === province && k.year === year);
    return {
      id: newId(),
      regionCode: county,
      year,
      amountYuan: known?.amountYuan ?? FALLBACK_THRESHOLD.amountYuan,
      note: known?.note ?? FALLBACK_THRESHOLD.note,
    };
  });
  await tx.insert(monitoringThresholds).values(thresholds).onConflictDoNothing();
  await tx.insert(monitoringRules).values(
    DEFAULT_RULES.map((r) => ({
      id: newId(),
      regionCode: county,
      code: r.code,
      version: 1,
      kind: r.kind,
      name: r.name,
      params: r.params,
    })),
  );
  await writeAudit(tx, who, {
    action: 'visits.catalogue.seed',
    entity: 'monitoring_rule',
    entityId: county,
    regionCode: county,
    diff: { rules: DEFAULT_RULES.length, thresholds: thresholds.map((t) => `${t.year}:${t.amountYuan}`) },
  });
  return DEFAULT_RULES.length + thresholds.length;
};

/** At start-up: the defaults for every imported county that has none; returns rows written. */
export const seedMissingVisitsCatalogues = async (db: Db): Promise<number> => {
  let written = 0;
  const who = { actor: null, meta: { requestId: 'startup', ip: null } };
  for (const code of await importedCounties(db))
    written += await db.transaction((tx) => seedVisitsCatalogues(tx as unknown as Db, who, code));
  return written;
};
