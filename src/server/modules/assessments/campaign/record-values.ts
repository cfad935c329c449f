import type { Ctx } from '../../../platform/context';
import { installedFigures } from '../../../platform/modules/registry';
import { valueFromFigure } from '../score';
import type { IndicatorRow } from '../set-rule';

// Indicators filled from records (docs/assessments.md §1): the figure an indicator names, computed
// for the village and the campaign's year (summed over `source.years` years back), and the value
// the indicator takes from it. A figure that cannot be computed (its module not installed, a
// failure) leaves the indicator without a value rather than failing the scoring sheet.

export interface RecordValue {
  figure: number | null;
  value: number | null;
}

export const figureLabel = (key: string): string | null => installedFigures().get(key)?.label.zh ?? null;

/** The live values of the record-filled indicators of a set for one village, by indicator code. */
export const recordValues = async (
  ctx: Ctx,
  indicators: readonly IndicatorRow[],
  village: string,
  year: number,
): Promise<Map<string, RecordValue>> => {
  const figures = installedFigures();
  const out = new Map<string, RecordValue>();
  await Promise.all(
    indicators
      .filter((i) => i.source)
      .map(async (indicator) => {
        const source = indicator.source!;
        const figure = figures.get(source.figure);
        if (!figure) {
          out.set(indicator.code, { figure: null, value: null });
          return;
        }
        try {
          const years = Math.max(1, source.years ?? 1);
          let sum = 0;
          for (let k = 0; k < years; k++)
            sum += await figure.compute(ctx, { regionCode: village, year: year - k });
          out.set(indicator.code, { figure: sum, value: valueFromFigure(indicator, sum) });
        } catch {
          out.set(indicator.code, { figure: null, value: null });
        }
      }),
  );
  return out;
};
