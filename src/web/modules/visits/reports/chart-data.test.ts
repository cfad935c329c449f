import { describe, expect, it } from 'vitest';
import type { ReportRow } from './api';
import { problemsChartData } from './chart-data';

const row = (name: string, solved: number, passed: number) =>
  ({
    name,
    regionCode: name,
    solvedOnSpot: solved,
    passedOn: passed,
    problems: solved + passed,
  }) as ReportRow;

describe('the problems chart', () => {
  it('stacks solved and passed on per region, so each bar is the problems collected', () => {
    const data = problemsChartData([row('平马镇', 5, 2), row('祥周镇', 0, 1)], {
      solved: '当场解决',
      passed: '转办',
    });
    expect(data.categories).toEqual(['平马镇', '祥周镇']);
    expect(data.series.map((s) => s.values)).toEqual([
      [5, 0],
      [2, 1],
    ]);
    expect(data.series.every((s) => s.stack === 'problems')).toBe(true);
  });
});
