import { describe, expect, it } from 'vitest';
import { AREA_NAMES, DEFAULT_INDICATORS, DEFAULT_RULES, DEFAULT_THRESHOLDS } from './defaults';
import {
  maxTotal,
  pointsOf,
  type SetRule,
  scoreVillage,
  starsOfTotal,
  valueFromFigure,
  valueProblem,
} from './score';

const set: SetRule = { thresholds: DEFAULT_THRESHOLDS, rules: DEFAULT_RULES, indicators: DEFAULT_INDICATORS };
const full = () =>
  new Map(
    DEFAULT_INDICATORS.map((i) => [
      i.code,
      i.method === 'percent'
        ? 100
        : i.method === 'tiers'
          ? (i.tiers?.length ?? 1) - 1
          : i.method === 'veto'
            ? 0
            : i.method === 'yesno'
              ? 1
              : i.maxPoints,
    ]),
  );
const byCode = (code: string) => DEFAULT_INDICATORS.find((i) => i.code === code)!;

describe('the default criteria set', () => {
  it('adds up to 100 points over areas A to G, every area named', () => {
    expect(maxTotal(set)).toBe(100);
    for (const i of DEFAULT_INDICATORS) expect(AREA_NAMES[i.area]).toBeTruthy();
  });

  it('gives five stars to a village that meets everything', () => {
    expect(scoreVillage(set, full())).toMatchObject({ total: 100, stars: 5, capped: [] });
  });
});

describe('scoreVillage', () => {
  it('reads the Zoucheng bands: 90 five, 89 four, 60 two, 59 one', () => {
    expect([90, 89, 80, 79, 70, 60, 59, 0].map((t) => starsOfTotal(DEFAULT_THRESHOLDS, t))).toEqual([
      5, 4, 4, 3, 3, 2, 1, 1,
    ]);
  });

  it('caps at two stars when satisfaction is below 60 %, whatever the total', () => {
    const values = full();
    values.set('G1', 59);
    const r = scoreVillage(set, values);
    expect(r.total).toBe(70 + Math.round((59 * 30) / 100));
    expect(r.stars).toBe(2);
    expect(r.capped).toEqual([{ rule: 'satisfaction', maxStars: 2 }]);
  });

  it('caps at one star when a veto indicator is answered yes', () => {
    const values = full();
    values.set('V1', 1);
    expect(scoreVillage(set, values)).toMatchObject({ total: 100, stars: 1 });
  });

  it('scores missing values as nothing and sums points by area', () => {
    const values = full();
    values.delete('D1');
    const r = scoreVillage(set, values);
    expect(r.byArea.D).toBe(6);
    expect(r.total).toBe(88);
    expect(r.stars).toBe(4);
  });
});

describe('values', () => {
  it('refuses values outside what the method accepts, with a Chinese reason', () => {
    expect(valueProblem(byCode('C1'), 5)).toBe('分值应在 0 至 4 之间');
    expect(valueProblem(byCode('A1'), 2)).toBe('请选择“是”或“否”');
    expect(valueProblem(byCode('D1'), 7)).toBe('请选择一个档次');
    expect(valueProblem(byCode('G1'), 101)).toBe('百分比应在 0 至 100 之间');
    expect(valueProblem(byCode('C1'), 1.5)).toBe('请填写整数');
    expect(valueProblem(byCode('C1'), 4)).toBeNull();
  });

  it('turns points, tiers and percentages into points', () => {
    expect(pointsOf(byCode('D1'), 3)).toBe(7);
    expect(pointsOf(byCode('G1'), 85)).toBe(26);
    expect(pointsOf(byCode('A1'), 0)).toBe(0);
    expect(pointsOf(byCode('C1'), null)).toBe(0);
  });

  it('maps figures to values: the highest tier reached, at least, at most', () => {
    expect(valueFromFigure(byCode('E2'), 96.2)).toBe(3);
    expect(valueFromFigure(byCode('E2'), 84.9)).toBe(1);
    expect(valueFromFigure(byCode('E2'), 12)).toBe(0);
    expect(valueFromFigure(byCode('C3'), 0)).toBe(0);
    expect(valueFromFigure(byCode('C3'), 2)).toBe(1);
    expect(() => valueFromFigure(byCode('A1'), 1)).toThrow();
  });
});
