import type { CriteriaRules, IndicatorSource, ScoringMethod, StarThresholds, Tier } from './tables';

// Scoring a village against a criteria set: pure functions, the only place points and stars are
// computed. The campaign (self-assessment, review, decision), what-if and the reports all call
// these, so a what-if over last year's scores gives exactly what a real re-run gives.

export interface IndicatorRule {
  code: string;
  area: string;
  method: ScoringMethod;
  maxPoints: number;
  tiers?: Tier[] | null;
  source?: IndicatorSource | null;
}

export interface SetRule {
  thresholds: StarThresholds;
  rules: CriteriaRules;
  indicators: readonly IndicatorRule[];
}

/** Is `value` a value the indicator accepts? Returns the Chinese reason when not. */
export const valueProblem = (indicator: IndicatorRule, value: number): string | null => {
  if (!Number.isInteger(value)) return '请填写整数';
  switch (indicator.method) {
    case 'points':
      return value < 0 || value > indicator.maxPoints ? `分值应在 0 至 ${indicator.maxPoints} 之间` : null;
    case 'yesno':
    case 'veto':
      return value === 0 || value === 1 ? null : '请选择“是”或“否”';
    case 'tiers':
      return value < 0 || value >= (indicator.tiers?.length ?? 0) ? '请选择一个档次' : null;
    case 'percent':
      return value < 0 || value > 100 ? '百分比应在 0 至 100 之间' : null;
  }
};

/** The points a value earns (0 for a missing value). */
export const pointsOf = (indicator: IndicatorRule, value: number | null | undefined): number => {
  if (value == null) return 0;
  switch (indicator.method) {
    case 'points':
      return Math.max(0, Math.min(indicator.maxPoints, value));
    case 'yesno':
      return value === 1 ? indicator.maxPoints : 0;
    case 'tiers':
      return Math.min(indicator.maxPoints, indicator.tiers?.[value]?.points ?? 0);
    case 'percent':
      return Math.round((Math.max(0, Math.min(100, value)) * indicator.maxPoints) / 100);
    case 'veto':
      return 0;
  }
};

/** The indicator's value from a figure's value (indicators filled from records). */
export const valueFromFigure = (indicator: IndicatorRule, figure: number): number => {
  const source = indicator.source;
  if (!source) throw new Error(`indicator ${indicator.code} is not filled from records`);
  switch (source.map) {
    case 'tiers': {
      const tiers = indicator.tiers ?? [];
      let best = 0;
      tiers.forEach((t, i) => {
        if (t.min != null && figure >= t.min && t.points >= (tiers[best]?.points ?? 0)) best = i;
      });
      return best;
    }
    case 'atLeast':
      return figure >= (source.min ?? 1) ? 1 : 0;
    case 'atMost':
      return figure <= (source.max ?? 0) ? 1 : 0;
    case 'percent':
      return Math.max(0, Math.min(100, Math.round(figure)));
  }
};

export const starsOfTotal = (thresholds: StarThresholds, total: number): number =>
  total >= thresholds.five
    ? 5
    : total >= thresholds.four
      ? 4
      : total >= thresholds.three
        ? 3
        : total >= thresholds.two
          ? 2
          : 1;

export interface ScoreResult {
  total: number;
  byArea: Record<string, number>;
  stars: number;
  /** Why the stars are below what the total gives (satisfaction, veto). */
  capped: { rule: 'satisfaction' | 'veto'; maxStars: number }[];
}

/**
 * Scores a village: `values` maps indicator codes to values (missing = 0 points). Stars follow
 * the thresholds, then the satisfaction and veto caps. Indicators of the set not in `values`
 * score nothing, so a changed set applied to old values scores the new indicators at 0.
 */
export const scoreVillage = (set: SetRule, values: ReadonlyMap<string, number | null>): ScoreResult => {
  const byArea: Record<string, number> = {};
  let total = 0;
  const capped: ScoreResult['capped'] = [];
  for (const indicator of set.indicators) {
    const value = values.get(indicator.code);
    const points = pointsOf(indicator, value);
    byArea[indicator.area] = (byArea[indicator.area] ?? 0) + points;
    total += points;
    if (indicator.method === 'veto' && value === 1)
      capped.push({ rule: 'veto', maxStars: set.rules.vetoMaxStars });
  }
  const sat = set.rules.satisfaction;
  if (sat) {
    const value = values.get(sat.indicator);
    if (value != null && value < sat.below) capped.push({ rule: 'satisfaction', maxStars: sat.maxStars });
  }
  const stars = Math.min(starsOfTotal(set.thresholds, total), ...capped.map((c) => c.maxStars));
  return { total, byArea, stars, capped };
};

/** The most points the set gives (the thresholds are read against it). */
export const maxTotal = (set: Pick<SetRule, 'indicators'>): number =>
  set.indicators.reduce((sum, i) => sum + (i.method === 'veto' ? 0 : i.maxPoints), 0);
