import { describe, expect, it } from 'vitest';
import { type ChartData, chartOption, datasetSource, pickAt } from './chart-options';

const tiers: ChartData = {
  kind: 'bar',
  horizontal: true,
  categories: ['平马镇', '祥周镇'],
  series: [
    { name: '空壳村', values: [1, 0], stack: 'tier' },
    { name: '5万以上', values: [3, null], stack: 'tier' },
  ],
};

describe('chart options', () => {
  it('puts a header row and one row per category in the dataset', () => {
    expect(datasetSource(tiers)).toEqual([
      ['category', '空壳村', '5万以上'],
      ['平马镇', 1, 3],
      ['祥周镇', 0, null],
    ]);
  });

  it('stacks the bars and lays categories down the side when horizontal', () => {
    const option = chartOption(tiers, (v) => `${v}个`);
    expect(option.series.map((s) => [s.type, s.stack, s.encode])).toEqual([
      ['bar', 'tier', { y: 'category', x: '空壳村' }],
      ['bar', 'tier', { y: 'category', x: '5万以上' }],
    ]);
    expect(option.yAxis.type).toBe('category');
    const valueLabel = option.xAxis.axisLabel as { formatter: (v: number) => string };
    expect(valueLabel.formatter(2)).toBe('2个');
    expect(option.tooltip.valueFormatter(null)).toBe('—');
  });

  it('names the category, series and value a click hit', () => {
    expect(pickAt(tiers, 0, 1)).toEqual({
      category: '平马镇',
      categoryIndex: 0,
      series: '5万以上',
      seriesIndex: 1,
      value: 3,
    });
    expect(pickAt(tiers, 5, 0)).toBeNull();
  });
});
