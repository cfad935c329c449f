import { Button, Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import type { ReportFigure, ReportRow, VisitsReport } from './api';

export const FIGURE_COLUMNS: readonly ReportFigure[] = [
  'householdsVisited',
  'visits',
  'problems',
  'solvedOnSpot',
  'passedOn',
  'monitored',
  'inIdentification',
  'overdueSteps',
  'removed',
];

export type OpenRecords = (
  row: ReportRow,
  figure: ReportFigure,
  extra?: { objectType?: string; riskType?: string },
) => void;

const linkStyle = { padding: 0, height: 'auto', textDecoration: 'underline', fontSize: 'inherit' };

/** A number that opens the records behind it (underlined); 0 opens nothing. */
export function RecordsNumber({ n, label, onOpen }: { n: number; label: string; onOpen: () => void }) {
  if (n === 0) return <span>0</span>;
  return (
    <Button type="link" size="small" style={linkStyle} onClick={onOpen} aria-label={`${label}：${n}`}>
      {n}
    </Button>
  );
}

/** The figures per child region and the total row; a region's name goes one level down. */
export function ReportTable({
  report,
  unit,
  onOpen,
  onDown,
}: {
  report: VisitsReport;
  unit: string;
  onOpen: OpenRecords;
  /** Opens the report of a child region (null when the rows are the region itself). */
  onDown: ((row: ReportRow) => void) | null;
}) {
  const { t } = useTranslation();
  const total: ReportRow = { ...report.total, name: t('visitsReports.total') };
  const isTotal = (r: ReportRow) => r === total;
  const columns: ColumnsType<ReportRow> = [
    {
      key: 'name',
      title: unit,
      fixed: 'left',
      render: (_: unknown, r) =>
        onDown && !isTotal(r) ? (
          <Button type="link" size="small" style={linkStyle} onClick={() => onDown(r)}>
            {r.name}
          </Button>
        ) : (
          <strong>{r.name}</strong>
        ),
    },
    ...FIGURE_COLUMNS.map((figure) => ({
      key: figure,
      title: t(`visitsReports.figures.${figure}`),
      align: 'right' as const,
      render: (_: unknown, r: ReportRow) => (
        <RecordsNumber
          n={r[figure]}
          label={`${isTotal(r) ? report.regionName : r.name} ${t(`visitsReports.figures.${figure}`)}`}
          onOpen={() => onOpen(isTotal(r) ? report.total : r, figure)}
        />
      ),
    })),
  ];
  return (
    <Card size="small" title={t('visitsReports.byRegion', { unit })}>
      <ResponsiveTable<ReportRow>
        rowKey={(r) => (isTotal(r) ? 'total' : r.regionCode)}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[...report.rows, total]}
        columns={columns}
        phoneColumns={['name', 'householdsVisited', 'problems']}
        data-testid="visits-report-table"
      />
    </Card>
  );
}
