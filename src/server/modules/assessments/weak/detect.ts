import type { Ctx } from '../../../platform/context';
import type { Figure } from '../../../platform/modules/manifest';
import { installedFigures } from '../../../platform/modules/registry';
import type { IndicatorSource } from '../tables';

// 记录发现: a situation whose `detect` names a figure of the installed modules (W08: the mean
// rating of the village's grid events, events.satisfaction) is found when the figure, computed
// for the village and the year, lies on the wrong side of its bound. Figures answer 0 when the
// records hold nothing to count, so an `atMost` rule (too low) finds nothing in a figure of 0: a
// village without a single rated event is not "poorly rated". A rule with `zeroCounts` fires at 0
// too: a village with no collective income (or none recorded) is the 空壳 of W12.

export const figureNamed = (key: string): Figure | undefined => installedFigures().get(key);

export const detects = (rule: IndicatorSource, value: number): boolean => {
  if (rule.map === 'atMost')
    return (
      (value > 0 || rule.zeroCounts === true) && value <= (rule.max ?? 0) && value >= (rule.min ?? -Infinity)
    );
  if (rule.map === 'atLeast') return value >= (rule.min ?? 0) && value <= (rule.max ?? Infinity);
  return false;
};

export interface Detection {
  regionCode: string;
  code: string;
  value: number;
}

/** Every (village, situation) the records detect, the villages taken one by one. */
export const detectSituations = async (
  ctx: Ctx,
  villages: string[],
  situations: { code: string; detect: IndicatorSource | null }[],
  year: number,
): Promise<Detection[]> => {
  const out: Detection[] = [];
  for (const s of situations) {
    const figure = s.detect ? figureNamed(s.detect.figure) : undefined;
    if (!s.detect || !figure) continue;
    for (const regionCode of villages) {
      const value = await figure.compute(ctx, { regionCode, year });
      if (detects(s.detect, value)) out.push({ regionCode, code: s.code, value });
    }
  }
  return out;
};
