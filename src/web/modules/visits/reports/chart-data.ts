import type { ChartData } from '../../../app/components/chart-options';
import type { ReportRow } from './api';

// The report's chart from the server's figures (pure, so tested without a browser): one bar per
// child region, solved on the spot and passed on stacked, so the bar is the problems collected.

export const problemsChartData = (
  rows: readonly ReportRow[],
  names: { solved: string; passed: string },
): ChartData => ({
  kind: 'bar',
  horizontal: true,
  categories: rows.map((r) => r.name),
  series: [
    { name: names.solved, stack: 'problems', color: '#389e0d', values: rows.map((r) => r.solvedOnSpot) },
    { name: names.passed, stack: 'problems', color: '#d46b08', values: rows.map((r) => r.passedOn) },
  ],
});
