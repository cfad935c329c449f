import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { BoundaryCollectionBody } from './api';

// A figure on the map of the child regions (docs/dashboards.md "Maps"): each region coloured by
// its value, its name and value in the tooltip; a click picks the region, as a bar does. Without
// values (the upload page's preview) the regions are drawn in one colour.

echarts.use([MapChart, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

export interface RegionValue {
  code: string;
  name: string;
  value: number | null;
}

interface Props {
  /** The parent region's code: the map's name for ECharts (one registration per region). */
  regionCode: string;
  geo: BoundaryCollectionBody;
  /** The accessible name: what the map shows. */
  title: string;
  values?: RegionValue[];
  format?: (v: number) => string;
  onPick?: (code: string) => void;
  height?: number;
  testId?: string;
}

const registered = new Map<string, BoundaryCollectionBody>();

/** Registers the map under the region's code, again only when its boundaries changed. */
const mapName = (regionCode: string, geo: BoundaryCollectionBody) => {
  const name = `zx-${regionCode}`;
  if (registered.get(name) !== geo) {
    echarts.registerMap(name, geo as never);
    registered.set(name, geo);
  }
  return name;
};

const optionOf = (p: Pick<Props, 'regionCode' | 'geo' | 'values' | 'format'>) => {
  const names = new Map(p.geo.features.map((f) => [f.properties.code, f.properties.name]));
  const shown = (p.values ?? []).filter((v) => v.value !== null) as (RegionValue & { value: number })[];
  const numbers = shown.map((v) => v.value);
  const format = p.format ?? String;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (item: { name: string; value?: number }) => {
        const name = names.get(item.name) ?? item.name;
        return typeof item.value === 'number' && !Number.isNaN(item.value)
          ? `${name}：${format(item.value)}`
          : name;
      },
    },
    visualMap: numbers.length
      ? {
          type: 'continuous',
          min: Math.min(...numbers),
          max: Math.max(Math.max(...numbers), Math.min(...numbers) + 1),
          calculable: true,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 120,
          formatter: (v: number) => format(Math.round(v * 100) / 100),
          inRange: { color: ['#e8f3ec', '#8cc6a0', '#2f7d4f', '#14532d'] },
        }
      : undefined,
    series: [
      {
        type: 'map',
        map: mapName(p.regionCode, p.geo),
        nameProperty: 'code',
        roam: false,
        top: 8,
        bottom: numbers.length ? 48 : 8,
        selectedMode: false,
        itemStyle: { areaColor: '#dbe8f5', borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: true, color: '#1f1f1f' }, itemStyle: { areaColor: '#f6c35b' } },
        label: { show: false, formatter: (l: { name: string }) => names.get(l.name) ?? l.name },
        data: shown.map((v) => ({ name: v.code, value: v.value })),
      },
    ],
  };
};

/** The child regions' map with a figure's values (or none), drawn as SVG like the other charts. */
export function RegionMap(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => {
      const code = typeof p.name === 'string' ? p.name : '';
      if (code && latest.current.geo.features.some((f) => f.properties.code === code))
        latest.current.onPick?.(code);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const { regionCode, geo, values, format } = props;
  useEffect(() => {
    const option = optionOf({ regionCode, geo, values, format });
    chart.current?.setOption(option as echarts.EChartsCoreOption, { notMerge: true });
  }, [regionCode, geo, values, format]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={props.title}
      data-testid={props.testId}
      style={{ width: '100%', height: props.height ?? 320 }}
    />
  );
}
