import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Segmented, Select, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RectificationFigure } from '../../../../contracts/api/assess-reports';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import {
  assessReportsApi,
  type FlagVillage,
  type ReportVillage,
  type StarsFilter,
  type StarsView,
  type WeakVillage,
} from './api';
import { type Drill, VillagesDrawer } from './VillagesDrawer';

const LEVELS = [5, 4, 3, 2, 1];

/** A figure that opens the villages behind it (underlined, like every link inside text). */
function Figure({ n, onOpen, testId }: { n: number; onOpen: () => void; testId?: string }) {
  if (n === 0) return <span>0</span>;
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, textDecoration: 'underline' }}
      onClick={onOpen}
      data-testid={testId}
    >
      {n}
    </Button>
  );
}

/** 考核报表: stars by township and year, flags by kind and year, rectifications by year; each figure opens its villages. */
export default function AssessReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [township, setTownship] = useState<string>();
  const [view, setView] = useState<StarsView>('campaign');
  const [year, setYear] = useState<number>();
  // biome-ignore lint/suspicious/noExplicitAny: one drawer shows any of the three lists
  const [drill, setDrill] = useState<Drill<any>>();
  const starsFilter: StarsFilter = { view, year: view === 'campaign' ? year : undefined, township };
  const stars = useQuery({
    queryKey: ['assess', 'reports', 'stars', starsFilter],
    queryFn: () => assessReportsApi.stars(starsFilter),
  });
  // The township filter's choices: the townships of the unfiltered report (county staff only).
  const all = useQuery({
    queryKey: ['assess', 'reports', 'stars', { view: 'current' }],
    queryFn: () => assessReportsApi.stars({ view: 'current' }),
  });
  const flags = useQuery({
    queryKey: ['assess', 'reports', 'flags', township],
    queryFn: () => assessReportsApi.flags({ township }),
  });
  const rect = useQuery({
    queryKey: ['assess', 'reports', 'rect', township],
    queryFn: () => assessReportsApi.rectifications({ township }),
  });
  const townships = all.data?.rows ?? [];
  const nameOf = (code?: string) =>
    code ? (townships.find((r) => r.code === code)?.name ?? code) : t('assessReports.county');

  const villageColumns = [
    { key: 'village', title: t('assessReports.drill.village'), dataIndex: 'village' },
    { key: 'township', title: t('assessReports.township'), dataIndex: 'township' },
    {
      key: 'stars',
      title: t('assessReports.drill.stars'),
      render: (_: unknown, r: ReportVillage) => '★'.repeat(r.stars ?? 0),
    },
    ...(view === 'campaign'
      ? [{ key: 'total', title: t('assessReports.drill.totalScore'), dataIndex: 'total' }]
      : [{ key: 'note', title: t('assessReports.drill.note'), dataIndex: 'note' }]),
  ];
  const openStars = (code: string | undefined, n: number) =>
    setDrill({
      what: `${nameOf(code)} ${t('assessReports.stars.level', { n })}`,
      key: ['stars', starsFilter, code, n],
      fetch: (p) =>
        assessReportsApi.starsVillages({ ...starsFilter, township: code ?? township, stars: n, ...p }),
      columns: villageColumns,
      phoneColumns: ['village', 'stars'],
    } satisfies Drill<ReportVillage>);
  const openFlags = (y: number, kindId: string | undefined, what: string) =>
    setDrill({
      what: `${y} ${what}`,
      key: ['flags', y, kindId, township],
      fetch: (p) => assessReportsApi.flagVillages({ year: y, kindId, township, ...p }),
      columns: [
        {
          key: 'place',
          title: t('assessReports.drill.place'),
          render: (_: unknown, r: FlagVillage) =>
            `${r.place}${r.household ? t('assessReports.drill.household') : ''}`,
        },
        { key: 'township', title: t('assessReports.township'), dataIndex: 'township' },
        { key: 'kind', title: t('assessReports.drill.kind'), dataIndex: 'kind' },
      ],
      phoneColumns: ['place', 'kind'],
    } satisfies Drill<FlagVillage>);
  const openRect = (y: number, code: string | undefined, figure: RectificationFigure) =>
    setDrill({
      what: `${y} ${nameOf(code)} ${t(`assessReports.rect.${figure}`)}`,
      key: ['rect', y, code, figure],
      fetch: (p) =>
        assessReportsApi.rectificationVillages({ year: y, figure, township: code ?? township, ...p }),
      columns: [
        { key: 'village', title: t('assessReports.drill.village'), dataIndex: 'village' },
        { key: 'township', title: t('assessReports.township'), dataIndex: 'township' },
        {
          key: 'status',
          title: t('assessReports.drill.status'),
          render: (_: unknown, r: WeakVillage) => t(`assessReports.weakStatus.${r.status as 'identified'}`),
        },
        {
          key: 'closedAt',
          title: t('assessReports.drill.closedAt'),
          render: (_: unknown, r: WeakVillage) => (r.closedAt ? dayjs(r.closedAt).format('YYYY-MM-DD') : '—'),
        },
      ],
      phoneColumns: ['village', 'status'],
    } satisfies Drill<WeakVillage>);

  type StarsRow = { code?: string; name: string; stars: number[]; total: number };
  const starsRows: StarsRow[] = stars.data
    ? [...stars.data.rows, { code: undefined, name: t('assessReports.county'), ...stars.data.county }]
    : [];
  type RectRow = { key: string; year: number; code?: string; name: string } & Record<
    RectificationFigure,
    number
  >;
  const rectRows: RectRow[] = (rect.data?.years ?? []).flatMap((y) => [
    ...y.townships.map((tw) => ({ key: `${y.year}-${tw.code}`, year: y.year, ...tw })),
    {
      key: `${y.year}-all`,
      year: y.year,
      code: undefined,
      name: t('assessReports.total'),
      identified: y.identified,
      closed: y.closed,
      consolidated: y.consolidated,
    },
  ]);
  const error = stars.error ?? flags.error ?? rect.error;

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessReports.title')}
      </Typography.Title>
      {me.role !== 'township' && me.role !== 'village' && townships.length > 1 && (
        <Select
          allowClear
          style={{ maxWidth: 240 }}
          placeholder={t('assessReports.allTownships')}
          aria-label={t('assessReports.township')}
          value={township}
          onChange={setTownship}
          options={townships.map((r) => ({ value: r.code, label: r.name }))}
          data-testid="assess-report-township"
        />
      )}
      {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
      <Tabs
        items={[
          {
            key: 'stars',
            label: t('assessReports.stars.title'),
            children: (
              <Flex vertical gap={8}>
                <Flex wrap gap={8} align="center">
                  <Segmented
                    value={view}
                    onChange={(v) => setView(v as StarsView)}
                    options={(['campaign', 'current'] as const).map((v) => ({
                      value: v,
                      label: t(`assessReports.stars.${v}`),
                    }))}
                  />
                  {view === 'campaign' && (
                    <Select
                      style={{ width: 120 }}
                      aria-label={t('assessReports.year')}
                      value={year ?? stars.data?.year ?? undefined}
                      onChange={setYear}
                      options={(stars.data?.years ?? []).map((y) => ({ value: y, label: y }))}
                    />
                  )}
                  <ExportButton
                    url={() => assessReportsApi.exportUrl('stars', starsFilter)}
                    testId="assess-export-stars"
                  />
                </Flex>
                <ResponsiveTable<StarsRow>
                  rowKey={(r) => r.code ?? 'county'}
                  size="small"
                  loading={stars.isFetching}
                  dataSource={starsRows}
                  pagination={false}
                  locale={{ emptyText: <Empty description={t('assessReports.none')} /> }}
                  phoneColumns={['name', 's5', 'total']}
                  columns={[
                    { key: 'name', title: t('assessReports.township'), dataIndex: 'name' },
                    ...LEVELS.map((n) => ({
                      key: `s${n}`,
                      title: t('assessReports.stars.level', { n }),
                      render: (_: unknown, r: StarsRow) => (
                        <Figure
                          n={r.stars[n - 1]}
                          onOpen={() => openStars(r.code, n)}
                          testId={`stars-${r.code ?? 'county'}-${n}`}
                        />
                      ),
                    })),
                    { key: 'total', title: t('assessReports.total'), dataIndex: 'total' },
                  ]}
                />
              </Flex>
            ),
          },
          {
            key: 'flags',
            label: t('assessReports.flags.title'),
            children: (
              <Flex vertical gap={8}>
                <div>
                  <ExportButton
                    url={() => assessReportsApi.exportUrl('flags', { township })}
                    testId="assess-export-flags"
                  />
                </div>
                <ResponsiveTable
                  rowKey="kindId"
                  size="small"
                  loading={flags.isFetching}
                  dataSource={flags.data?.rows ?? []}
                  pagination={false}
                  locale={{ emptyText: <Empty description={t('assessReports.none')} /> }}
                  columns={[
                    { key: 'name', title: t('assessReports.flags.kind'), dataIndex: 'name' },
                    ...(flags.data?.years ?? []).map((y, i) => ({
                      key: `y${y}`,
                      title: t('assessReports.flags.yearCol', { year: y }),
                      render: (_: unknown, r: { kindId: string; name: string; counts: number[] }) => (
                        <Figure n={r.counts[i]} onOpen={() => openFlags(y, r.kindId, r.name)} />
                      ),
                    })),
                  ]}
                  summary={() =>
                    flags.data?.years.length ? (
                      <Table.Summary.Row>
                        <Table.Summary.Cell index={0}>{t('assessReports.total')}</Table.Summary.Cell>
                        {flags.data.years.map((y, i) => (
                          <Table.Summary.Cell key={y} index={i + 1}>
                            <Figure
                              n={flags.data.totals[i]}
                              onOpen={() => openFlags(y, undefined, t('assessReports.flags.title'))}
                            />
                          </Table.Summary.Cell>
                        ))}
                      </Table.Summary.Row>
                    ) : null
                  }
                />
              </Flex>
            ),
          },
          {
            key: 'rect',
            label: t('assessReports.rect.title'),
            children: (
              <Flex vertical gap={8}>
                <div>
                  <ExportButton
                    url={() => assessReportsApi.exportUrl('rectifications', { township })}
                    testId="assess-export-rect"
                  />
                </div>
                <ResponsiveTable<RectRow>
                  rowKey="key"
                  size="small"
                  loading={rect.isFetching}
                  dataSource={rectRows}
                  pagination={false}
                  locale={{ emptyText: <Empty description={t('assessReports.none')} /> }}
                  phoneColumns={['year', 'name', 'identified', 'closed']}
                  columns={[
                    { key: 'year', title: t('assessReports.year'), dataIndex: 'year' },
                    { key: 'name', title: t('assessReports.township'), dataIndex: 'name' },
                    ...(['identified', 'closed', 'consolidated'] as const).map((f) => ({
                      key: f,
                      title: t(`assessReports.rect.${f}`),
                      render: (_: unknown, r: RectRow) => (
                        <Figure n={r[f]} onOpen={() => openRect(r.year, r.code, f)} />
                      ),
                    })),
                  ]}
                />
              </Flex>
            ),
          },
        ]}
      />
      {drill && <VillagesDrawer drill={drill} onClose={() => setDrill(undefined)} />}
    </Flex>
  );
}
