import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, DatePicker, Empty, Flex, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_EXPORTERS } from '../../../../contracts/api/visits-reports';
import { useCurrentUser } from '../../../app/auth';
import { EChart, type EChartTexts } from '../../../app/components/EChart';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { useErrorText } from '../../../app/errors';
import { type RecordsFilter, visitsReportsApi } from './api';
import { problemsChartData } from './chart-data';
import { MonitoredTypes } from './MonitoredTypes';
import type { visitsReportsZh } from './messages';
import { RecordsDrawer, type RecordsDrill } from './RecordsDrawer';
import { type OpenRecords, ReportTable } from './ReportTable';

// Printing: the figures and the chart only, without the menu, header and buttons.
const PRINT_CSS = `
@media print {
  [data-testid="app-sider"], .ant-layout-header, .no-print { display: none !important; }
  body, .ant-layout { background: #fff !important; }
  .ant-card { break-inside: avoid; }
}
`;

const DAY = 'YYYY-MM-DD';
type M = typeof visitsReportsZh;

/** 走访监测报表: the figures per township or village for a period, each number opening its records. */
export default function VisitsReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  // The regions walked down from the caller's own: county → township → village.
  const [path, setPath] = useState<{ code: string; name: string }[]>([
    { code: me.scopeCode, name: me.scopeName },
  ]);
  const [drill, setDrill] = useState<RecordsDrill>();
  const region = path[path.length - 1];
  const period = { regionCode: region.code, from: range[0].format(DAY), to: range[1].format(DAY) };
  const report = useQuery({
    queryKey: ['visits-reports', 'summary', period],
    queryFn: () => visitsReportsApi.summary(period),
  });
  const data = report.data;
  const unit =
    data?.childLevel === 'county'
      ? t('visitsReports.unitCounty')
      : data?.childLevel === 'township'
        ? t('visitsReports.unitTownship')
        : t('visitsReports.unitVillage');
  const chart = useMemo(
    () =>
      problemsChartData(data?.rows ?? [], {
        solved: t('visitsReports.figures.solvedOnSpot'),
        passed: t('visitsReports.figures.passedOn'),
      }),
    [data, t],
  );
  const chartTexts: EChartTexts = {
    showTable: t('visitsReports.chart.showTable'),
    hideTable: t('visitsReports.chart.hideTable'),
    category: t('visitsReports.chart.category'),
  };
  const onOpen: OpenRecords = (row, figure, extra = {}) => {
    const name = row.regionCode === data?.regionCode ? data.regionName : row.name;
    const label = extra.objectType
      ? t(`visitsReports.objectTypes.${extra.objectType as keyof M['objectTypes']}`)
      : extra.riskType
        ? t(`visitsReports.riskTypes.${extra.riskType as keyof M['riskTypes']}`)
        : t(`visitsReports.figures.${figure}`);
    setDrill({
      what: `${name} ${label}`,
      filter: { ...period, regionCode: row.regionCode, figure, ...extra } as RecordsFilter,
    });
  };
  const canGoDown = data && data.childLevel !== data.level;
  const empty =
    data && data.total.visits === 0 && data.total.monitored === 0 && data.total.inIdentification === 0;

  return (
    <Flex vertical gap={12} data-testid="visits-reports">
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('visitsReports.title')}
        </Typography.Title>
        <Flex wrap gap={8} className="no-print">
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            inputReadOnly
            aria-label={t('visitsReports.period')}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            data-testid="visits-report-period"
          />
          {REPORT_EXPORTERS.includes(me.role) && (
            <ExportButton
              url={() => visitsReportsApi.exportUrl(period)}
              label={t('visitsReports.export')}
              testId="visits-report-export"
            />
          )}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('visitsReports.print')}
          </Button>
        </Flex>
      </Flex>
      <Breadcrumb
        items={path.map((p, i) => ({
          key: p.code,
          title:
            i < path.length - 1 ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => setPath(path.slice(0, i + 1))}
              >
                {p.name}
              </Button>
            ) : (
              <span>
                {p.name}（{period.from} — {period.to}）
              </span>
            ),
        }))}
      />
      <Typography.Text type="secondary">{t('visitsReports.note')}</Typography.Text>
      {report.isError && <Alert type="error" showIcon title={errorText(report.error)} />}
      {!data && !report.isError && <Spin />}
      {empty && <Empty description={t('visitsReports.empty')} />}
      {data && (
        <>
          <ReportTable
            report={data}
            unit={unit}
            onOpen={onOpen}
            onDown={canGoDown ? (row) => setPath([...path, { code: row.regionCode, name: row.name }]) : null}
          />
          {data.total.problems > 0 && (
            <Card size="small" title={t('visitsReports.chartTitle', { unit })}>
              <EChart
                title={t('visitsReports.chartTitle', { unit })}
                data={chart}
                height={Math.max(200, 48 + chart.categories.length * 30)}
                texts={chartTexts}
                testId="visits-report-chart"
                onPick={(p) => {
                  const row = data.rows[p.categoryIndex];
                  if (row) onOpen(row, p.seriesIndex === 0 ? 'solvedOnSpot' : 'passedOn');
                }}
              />
            </Card>
          )}
          <MonitoredTypes report={data} onOpen={onOpen} />
        </>
      )}
      {drill && (
        <RecordsDrawer key={JSON.stringify(drill)} drill={drill} onClose={() => setDrill(undefined)} />
      )}
    </Flex>
  );
}
