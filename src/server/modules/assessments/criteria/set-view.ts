import { inArray, sql } from 'drizzle-orm';
import type { IndicatorView, SetDetail, SetSummary } from '../../../../contracts/api/assess-criteria';
import type { Db } from '../../../platform/db/types';
import { maxTotal } from '../score';
import { type CriteriaSetRow, type IndicatorRow, setIndicators } from '../set-rule';
import { criteriaIndicators } from '../tables';
import { figureLabels } from './installed-figures';

// What the criteria pages read: a set's summary (with its indicator count and most points) and
// the set with its indicators.

const summaryOf = (set: CriteriaSetRow, indicatorCount: number, most: number): SetSummary => ({
  id: set.id,
  regionCode: set.regionCode,
  year: set.year,
  version: set.version,
  name: set.name,
  status: set.status,
  basedOnId: set.basedOnId,
  publishedAt: set.publishedAt?.toISOString() ?? null,
  indicatorCount,
  maxTotal: most,
  updatedAt: set.updatedAt.toISOString(),
});

export const indicatorView = (row: IndicatorRow, labels = figureLabels()): IndicatorView => ({
  id: row.id,
  code: row.code,
  area: row.area,
  areaName: row.areaName,
  name: row.name,
  description: row.description,
  method: row.method,
  maxPoints: row.maxPoints,
  tiers: row.tiers,
  evidence: row.evidence,
  evidenceRequired: row.evidenceRequired,
  source: row.source,
  sourceLabel: row.source ? (labels.get(row.source.figure) ?? null) : null,
  sort: row.sort,
});

export const setDetail = async (db: Db, set: CriteriaSetRow): Promise<SetDetail> => {
  const indicators = await setIndicators(db, set.id);
  const labels = figureLabels();
  return {
    ...summaryOf(set, indicators.length, maxTotal({ indicators })),
    thresholds: set.thresholds,
    rules: { ...set.rules, satisfaction: set.rules.satisfaction ?? null, caps: set.rules.caps ?? null },
    indicators: indicators.map((i) => indicatorView(i, labels)),
  };
};

/** Summaries of many sets, with one grouped query for their indicators. */
export const setSummaries = async (db: Db, sets: CriteriaSetRow[]): Promise<SetSummary[]> => {
  const ids = sets.map((s) => s.id);
  const rows = ids.length
    ? await db
        .select({
          setId: criteriaIndicators.setId,
          n: sql<number>`count(*)::int`,
          most: sql<number>`coalesce(sum(case when ${criteriaIndicators.method} = 'veto' then 0 else ${criteriaIndicators.maxPoints} end), 0)::int`,
        })
        .from(criteriaIndicators)
        .where(inArray(criteriaIndicators.setId, ids))
        .groupBy(criteriaIndicators.setId)
    : [];
  const bySet = new Map(rows.map((r) => [r.setId, r]));
  return sets.map((s) => summaryOf(s, bySet.get(s.id)?.n ?? 0, bySet.get(s.id)?.most ?? 0));
};
