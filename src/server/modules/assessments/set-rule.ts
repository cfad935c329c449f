import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import type { SetRule } from './score';
import { criteriaIndicators, type criteriaSets } from './tables';

// A criteria set as score.ts reads it: thresholds, rules and the indicators in their order.
// Callers have already found the set in the caller's scope (getInScope on criteria_sets).

export type CriteriaSetRow = typeof criteriaSets.$inferSelect;
export type IndicatorRow = typeof criteriaIndicators.$inferSelect;

export const setIndicators = (db: Db, setId: string): Promise<IndicatorRow[]> =>
  db
    .select()
    .from(criteriaIndicators)
    .where(eq(criteriaIndicators.setId, setId))
    .orderBy(asc(criteriaIndicators.sort), asc(criteriaIndicators.code));

export const setRuleOf = (
  set: Pick<CriteriaSetRow, 'thresholds' | 'rules'>,
  indicators: IndicatorRow[],
): SetRule => ({
  thresholds: set.thresholds,
  rules: set.rules,
  indicators,
});

export const loadSetRule = async (db: Db, set: CriteriaSetRow): Promise<SetRule> =>
  setRuleOf(set, await setIndicators(db, set.id));
