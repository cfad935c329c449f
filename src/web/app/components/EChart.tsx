import { Button } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, useState } from 'react';
import { useIsMobile } from '../layout/use-is-mobile';
import { type ChartData, type ChartPick, chartOption, pickAt, type ValueFormat } from './chart-options';

// Only what the charts use: bars, lines, their grid, tooltip, legend and dataset, drawn as SVG.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  SVGRenderer,
]);

export type { ChartData, ChartPick, ChartSeries } from './chart-options';

export interface EChartTexts {
  showTable: string;
  hideTable: string;
  /** The header of the categories' column in the table. */
  category: string;
}

const ZH_TEXTS: EChartTexts = { showTable: '查看数据表', hideTable: '收起数据表', category: '类别' };

interface Props {
  /** The chart's accessible name (what it shows), also the table's caption. */
  title: string;
  data: ChartData;
  height?: number;
  format?: ValueFormat;
  /** A click on a bar or point, or on a value of the table. */
  onPick?: (pick: ChartPick) => void;
  texts?: EChartTexts;
  testId?: string;
}

/**
 * A bar or line chart (ECharts, SVG) that follows its container's width, with a data table that
 * screen-reader and keyboard users open instead: its values are buttons when the chart's points
 * can be picked, so every bar can be reached without a mouse.
 */
export function EChart({ title, data, height, format = String, onPick, texts = ZH_TEXTS, testId }: Props) {
  const mobile = useIsMobile();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef({ data, onPick });
  latest.current = { data, onPick };
  const [table, setTable] = useState(false);
  const tableId = useId();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => {
      const pick = pickAt(latest.current.data, p.dataIndex, p.seriesIndex ?? 0);
      if (pick) latest.current.onPick?.(pick);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(chartOption(data, format, mobile), { notMerge: true });
  }, [data, format, mobile]);

  return (
    <div data-testid={testId}>
      <div
        ref={box}
        role="img"
        aria-label={title}
        data-testid={testId && `${testId}-canvas`}
        style={{ width: '100%', height: height ?? (mobile ? 260 : 340) }}
      />
      <Button
        type="link"
        size="small"
        className="no-print"
        aria-expanded={table}
        aria-controls={tableId}
        style={{ paddingInline: 0, textDecoration: 'underline' }}
        onClick={() => setTable(!table)}
        data-testid={testId && `${testId}-table-toggle`}
      >
        {table ? texts.hideTable : texts.showTable}
      </Button>
      <div id={tableId} hidden={!table} style={{ overflowX: 'auto' }}>
        {table && <ChartTable title={title} data={data} format={format} onPick={onPick} texts={texts} />}
      </div>
    </div>
  );
}

function ChartTable({
  title,
  data,
  format,
  onPick,
  texts,
}: Required<Omit<Props, 'testId' | 'height' | 'onPick'>> & {
  onPick?: Props['onPick'];
}) {
  const cell = { border: '1px solid #d9d9d9', padding: '2px 6px', textAlign: 'right' as const };
  return (
    <table style={{ borderCollapse: 'collapse', fontSize: 13, margin: '4px 0' }}>
      <caption style={{ textAlign: 'left' }}>{title}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...cell, textAlign: 'left' }}>
            {texts.category}
          </th>
          {data.series.map((s) => (
            <th key={s.name} scope="col" style={cell}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.categories.map((category, ci) => (
          <tr key={category}>
            <th scope="row" style={{ ...cell, textAlign: 'left' }}>
              {category}
            </th>
            {data.series.map((s, si) => {
              const value = s.values[ci] ?? null;
              const shown = value === null ? '—' : format(value);
              const pick = pickAt(data, ci, si);
              return (
                <td key={s.name} style={cell}>
                  {onPick && value && pick ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, textDecoration: 'underline' }}
                      onClick={() => onPick(pick)}
                    >
                      {shown}
                    </Button>
                  ) : (
                    shown
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
