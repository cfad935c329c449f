import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, DEFAULT_TARGET } from './defaults';
import { bandOf, growthPercent, summarize, targetProgress } from './tiers';

const yuan = (n: number) => n * 100;

describe('income tiers', () => {
  it('puts an income in the highest band whose least amount it reaches', () => {
    expect(bandOf(0, DEFAULT_BANDS).code).toBe('T0');
    expect(bandOf(1, DEFAULT_BANDS).code).toBe('T1');
    expect(bandOf(yuan(49_999.99), DEFAULT_BANDS).code).toBe('T1');
    expect(bandOf(yuan(50_000), DEFAULT_BANDS).code).toBe('T2');
    expect(bandOf(yuan(199_999), DEFAULT_BANDS).code).toBe('T3');
    expect(bandOf(yuan(200_000), DEFAULT_BANDS).code).toBe('T4');
    expect(bandOf(yuan(2_000_000), DEFAULT_BANDS).code).toBe('T6');
  });

  it('counts villages per band and at least each band, with the total', () => {
    const incomes = [0, yuan(30_000), yuan(60_000), yuan(150_000), yuan(250_000), yuan(600_000)];
    const s = summarize(incomes, DEFAULT_BANDS);
    expect(s.villages).toBe(6);
    expect(s.totalFen).toBe(yuan(1_090_000));
    expect(s.counts.map((c) => c.villages)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(s.atLeast.map((c) => c.villages)).toEqual([6, 5, 4, 3, 2, 1, 0]);
  });

  it('reads the seed shape of 田东 2020 back (167 villages, all ≥ 50k, 68 ≥ 100k, 22 ≥ 200k, 3 ≥ 500k)', () => {
    const incomes = [
      ...Array(99).fill(yuan(60_000)),
      ...Array(46).fill(yuan(120_000)),
      ...Array(19).fill(yuan(300_000)),
      ...Array(3).fill(yuan(520_000)),
    ];
    const s = summarize(incomes, DEFAULT_BANDS);
    const atLeast = Object.fromEntries(s.atLeast.map((a) => [a.code, a.villages]));
    expect(atLeast).toMatchObject({ T2: 167, T3: 68, T4: 22, T5: 3 });
  });

  it('measures a target: villages below the floor and the share at the higher amount', () => {
    const incomes = [yuan(100_000), yuan(130_000), yuan(210_000), yuan(220_000), yuan(300_000)];
    const p = targetProgress(incomes, DEFAULT_TARGET);
    expect(p).toMatchObject({ villages: 5, belowEvery: 1, atShare: 3, sharePercent: 60, shareMissing: 0 });
    expect(p.met).toBe(false);
    expect(targetProgress(incomes.slice(1), DEFAULT_TARGET).met).toBe(true);
    expect(targetProgress([], DEFAULT_TARGET).met).toBe(false);
  });

  it('gives year-on-year growth, none from zero', () => {
    expect(growthPercent(yuan(100_000), yuan(125_000))).toBe(25);
    expect(growthPercent(0, 5)).toBeNull();
  });
});
