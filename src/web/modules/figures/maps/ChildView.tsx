import { useQuery } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapsApi } from './api';
import { RegionMap } from './RegionMap';

// The dashboard's comparison across child regions, as bars or — where the region has boundaries
// of its children (区划边界) — on a map. A click on a region opens its dashboard, as a bar does.

/** The map of a region's children, when one was uploaded (the list tells without fetching each). */
export const useChildMap = (regionCode: string | undefined) => {
  const list = useQuery({ queryKey: ['figures', 'maps'], queryFn: mapsApi.list, staleTime: 60_000 });
  const entry = list.data?.items.find((m) => m.regionCode === regionCode);
  const geo = useQuery({
    queryKey: ['figures', 'maps', regionCode, entry?.updatedAt],
    queryFn: () => mapsApi.get(regionCode!),
    enabled: !!entry,
    staleTime: Infinity,
  });
  return entry && geo.data ? { regionCode: entry.regionCode, geo: geo.data } : null;
};

interface Props {
  map: ReturnType<typeof useChildMap>;
  /** The bar chart, shown when there is no map or "柱状图" is chosen. */
  bars: ReactNode;
  label: string;
  title: string;
  regions: { code: string; name: string }[];
  values: (number | null)[];
  format: (v: number) => string;
  onPick: (code: string) => void;
  testId: string;
}

export function ChildView({ map, bars, label, title, regions, values, format, onPick, testId }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'bars' | 'map'>('bars');
  const regionValues = useMemo(
    () => regions.map((c, i) => ({ code: c.code, name: c.name, value: values[i] ?? null })),
    [regions, values],
  );
  if (!map) return bars;
  return (
    <>
      <Segmented
        size="small"
        className="no-print"
        style={{ marginTop: 8 }}
        aria-label={t('dashboard.viewLabel', { label })}
        value={view}
        onChange={(v) => setView(v as 'bars' | 'map')}
        options={[
          { value: 'bars', label: t('dashboard.viewBars') },
          { value: 'map', label: t('dashboard.viewMap') },
        ]}
        data-testid={`${testId}-view`}
      />
      {view === 'map' ? (
        <RegionMap
          regionCode={map.regionCode}
          geo={map.geo}
          title={title}
          values={regionValues}
          format={format}
          onPick={onPick}
          testId={`${testId}-map`}
        />
      ) : (
        bars
      )}
    </>
  );
}
