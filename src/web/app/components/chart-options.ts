// Pure option building for EChart.tsx: the same data makes the chart and its table alternative.

/** One series of a category chart: one value per category (null where there is none). */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
  /** Series with the same stack name stack on each other (bars). */
  stack?: string;
  color?: string;
}

export interface ChartData {
  kind: 'bar' | 'line';
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Categories down the side (long names, phones) instead of along the bottom. */
  horizontal?: boolean;
}

/** What a click on the chart (or a cell of its table) hit. */
export interface ChartPick {
  category: string;
  categoryIndex: number;
  series: string;
  seriesIndex: number;
  value: number | null;
}

export type ValueFormat = (value: number) => string;

/** The dataset source: a header row (category, series names…) then one row per category. */
export const datasetSource = (data: ChartData): (string | number | null)[][] => [
  ['category', ...data.series.map((s) => s.name)],
  ...data.categories.map((category, i) => [category, ...data.series.map((s) => s.values[i] ?? null)]),
];

/** The ECharts option of a category chart (bars or lines) over a dataset. */
export const chartOption = (data: ChartData, format: ValueFormat = String, compact = false) => {
  const categoryAxis = {
    type: 'category' as const,
    axisLabel: { interval: 0, hideOverlap: true, fontSize: compact ? 10 : 12 },
    inverse: data.horizontal === true,
  };
  const valueAxis = { type: 'value' as const, axisLabel: { formatter: (v: number) => format(v) } };
  return {
    animation: false,
    dataset: { source: datasetSource(data) },
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—'),
    },
    legend: { type: 'scroll' as const, top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: data.horizontal ? valueAxis : categoryAxis,
    yAxis: data.horizontal ? categoryAxis : valueAxis,
    series: data.series.map((s) => ({
      type: data.kind,
      name: s.name,
      stack: s.stack,
      color: s.color,
      encode: data.horizontal ? { y: 'category', x: s.name } : { x: 'category', y: s.name },
      connectNulls: data.kind === 'line' ? true : undefined,
      barMaxWidth: 36,
    })),
  };
};

/** The pick of a data point, from its category and series positions. */
export const pickAt = (data: ChartData, categoryIndex: number, seriesIndex: number): ChartPick | null => {
  const category = data.categories[categoryIndex];
  const series = data.series[seriesIndex];
  if (category === undefined || series === undefined) return null;
  return {
    category,
    categoryIndex,
    series: series.name,
    seriesIndex,
    value: series.values[categoryIndex] ?? null,
  };
};
