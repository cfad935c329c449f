import { eq } from 'drizzle-orm';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { importedCounties } from '../regions/region-view';
import {
  AREA_NAMES,
  DEFAULT_CADRE_RULES,
  DEFAULT_CHECKLIST,
  DEFAULT_FLAG_KINDS,
  DEFAULT_INDICATORS,
  DEFAULT_RULES,
  DEFAULT_SITUATIONS,
  DEFAULT_TEMPLATES,
  DEFAULT_THRESHOLDS,
} from './defaults';
import {
  assessmentSettings,
  checklistItems,
  criteriaIndicators,
  criteriaSets,
  flagKinds,
  rectificationTemplates,
  weakSituations,
} from './tables';

// A county's assessment catalogues, written once when its regions are imported (and at start-up
// for counties imported before assessments existed): the criteria set of the current year,
// published so a campaign can open at once (the county copies it to change it), the flag kinds,
// the 十有五化 items, the weak-organization situations and plan templates, the cadre rules.

const beijingYear = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();

/** The default criteria set's rows for a county and year (also used by tests and the generator). */
export const defaultCriteriaRows = (countyRegion: string, year: number) => {
  const setId = newId();
  return {
    set: {
      id: setId,
      regionCode: countyRegion,
      year,
      version: 1,
      name: `${year}年度村党组织星级评定标准`,
      status: 'published' as const,
      thresholds: DEFAULT_THRESHOLDS,
      rules: DEFAULT_RULES,
      publishedAt: new Date(),
    },
    indicators: DEFAULT_INDICATORS.map((d, i) => ({
      id: newId(),
      setId,
      regionCode: countyRegion,
      code: d.code,
      area: d.area,
      areaName: AREA_NAMES[d.area],
      name: d.name,
      description: d.description ?? null,
      method: d.method,
      maxPoints: d.maxPoints,
      tiers: d.tiers ?? null,
      evidence: d.evidence ?? null,
      evidenceRequired: d.evidenceRequired ?? false,
      source: d.source ?? null,
      sort: i + 1,
    })),
  };
};

/** Writes the defaults for a county that has none; returns how many rows were written. */
export const seedAssessmentCatalogues = async (
  tx: Db,
  who: AuditWho,
  countyCode: string,
): Promise<number> => {
  const county = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ id: assessmentSettings.regionCode })
    .from(assessmentSettings)
    .where(eq(assessmentSettings.regionCode, county))
    .limit(1);
  if (any) return 0;
  const { set, indicators } = defaultCriteriaRows(county, beijingYear());
  await tx.insert(criteriaSets).values(set);
  await tx.insert(criteriaIndicators).values(indicators);
  const flags = DEFAULT_FLAG_KINDS.map((f, i) => ({ id: newId(), regionCode: county, ...f, sort: i + 1 }));
  await tx.insert(flagKinds).values(flags);
  const items = DEFAULT_CHECKLIST.map((c, i) => ({ id: newId(), regionCode: county, ...c, sort: i + 1 }));
  await tx.insert(checklistItems).values(items);
  const situations = DEFAULT_SITUATIONS.map((s, i) => ({
    id: newId(),
    regionCode: county,
    ...s,
    sort: i + 1,
  }));
  await tx.insert(weakSituations).values(situations);
  const templates = DEFAULT_TEMPLATES.map((t) => ({ id: newId(), regionCode: county, ...t }));
  await tx.insert(rectificationTemplates).values(templates);
  await tx.insert(assessmentSettings).values({ regionCode: county, cadreRules: DEFAULT_CADRE_RULES });
  await writeAudit(tx, who, {
    action: 'assessments.catalogue.seed',
    entity: 'criteria_set',
    entityId: set.id,
    regionCode: county,
    diff: {
      set: set.name,
      indicators: indicators.length,
      flagKinds: flags.length,
      checklist: items.length,
      situations: situations.length,
      templates: templates.length,
    },
  });
  return 2 + indicators.length + flags.length + items.length + situations.length + templates.length;
};

/** At start-up: the defaults for every imported county that has none; returns rows written. */
export const seedMissingAssessmentCatalogues = async (db: Db): Promise<number> => {
  let written = 0;
  const who = { actor: null, meta: { requestId: 'startup', ip: null } };
  for (const code of await importedCounties(db))
    written += await db.transaction((tx) => seedAssessmentCatalogues(tx as unknown as Db, who, code));
  return written;
};
