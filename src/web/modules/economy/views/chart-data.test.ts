import { describe, expect, it } from 'vitest';
import type { EconomyTrend, SummaryChild, TierCounts } from './api';
import { latestYearWithData, tierChartData, trendChartData } from './chart-data';

const BANDS = [
  { code: 'T0', label: '空壳村', minFen: 0 },
  { code: 'T3', label: '10–20 万元', minFen: 10_000_000 },
];

const counts = (over: Partial<TierCounts>): TierCounts => ({
  villages: 0,
  withAccount: 0,
  basisFen: 0,
  averageFen: 0,
  operatingFen: 0,
  totalFen: 0,
  contractingFen: 0,
  counts: [],
  atLeast: [],
  ...over,
});

const child = (name: string, t0: number, t3: number): SummaryChild => ({
  regionCode: name,
  name,
  level: 'township',
  year: counts({
    counts: [
      { code: 'T0', villages: t0 },
      { code: 'T3', villages: t3 },
    ],
  }),
  previous: counts({}),
  growthPercent: null,
});

const year = (y: number, operatingFen: number, totalFen: number): EconomyTrend['years'][number] => ({
  ...counts({ operatingFen, totalFen }),
  year: y,
  growthPercent: null,
});

describe('overview charts', () => {
  it('stacks one part per tier on one bar per township', () => {
    const data = tierChartData([child('平马镇', 1, 4), child('祥周镇', 0, 2)], BANDS);
    expect(data.categories).toEqual(['平马镇', '祥周镇']);
    expect(data.series.map((s) => [s.name, s.stack, s.values])).toEqual([
      ['空壳村', 'tiers', [1, 0]],
      ['10–20 万元', 'tiers', [4, 2]],
    ]);
  });

  it('draws the yearly operating and total income in 万元', () => {
    const years = [year(2024, 100_000_000, 123_456_789), year(2025, 0, 0)];
    const data = trendChartData({ basis: 'operating', years }, { operating: '经营性', total: '总收入' });
    expect(data.series.map((s) => [s.name, s.values])).toEqual([
      ['经营性', [100, 0]],
      ['总收入', [123.46, 0]],
    ]);
    expect(
      trendChartData({ basis: 'total', years }, { operating: '经营性', total: '总收入' }).series,
    ).toHaveLength(1);
  });

  it('opens on the latest year with income', () => {
    expect(latestYearWithData([year(2024, 5, 5), year(2025, 7, 7), year(2026, 0, 0)], 2026)).toBe(2025);
    expect(latestYearWithData([], 2026)).toBe(2025);
  });
});
