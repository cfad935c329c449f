import type { StarsReportQuery } from '../../../../contracts/api/assess-reports';
import type { Ctx } from '../../../platform/context';
import { auditedExport } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { flagsReport } from './flags-report';
import { rectificationsReport } from './rectifications-report';
import { starsReport } from './stars-report';

// The three reports as sheets, the rows the page shows plus the county's total, audited
// (assessments.report.export).

type Row = Record<string, string | number>;

const exported = (
  ctx: Ctx,
  report: string,
  filters: object,
  sheet: string,
  columns: SheetColumn<Row>[],
  rows: Row[],
) => {
  async function* batches() {
    yield rows;
  }
  return auditedExport(ctx, {
    action: 'assessments.report.export',
    entity: 'assessment_report',
    filters: { report, ...filters },
    sheet,
    columns,
    batches: batches(),
  });
};

const col = (header: string, key: string, width = 10): SheetColumn<Row> => ({
  header,
  key,
  width,
  value: (r) => r[key] ?? null,
});

export const exportStars = async (ctx: Ctx, q: StarsReportQuery) => {
  const report = await starsReport(ctx, q);
  const line = (name: string, c: { stars: number[]; total: number }): Row => ({
    name,
    total: c.total,
    ...Object.fromEntries(c.stars.map((n, i) => [`s${i + 1}`, n])),
  });
  const rows = [...report.rows.map((r) => line(r.name, r)), line('合计', report.county)];
  const title = q.view === 'campaign' ? `${report.year}年度星级评定` : '当前星级（含动态调整）';
  return exported(
    ctx,
    'stars',
    q,
    title,
    [col('乡镇', 'name', 16), ...[5, 4, 3, 2, 1].map((s) => col(`${s}星`, `s${s}`)), col('合计', 'total')],
    rows,
  );
};

export const exportFlags = async (ctx: Ctx, q: { township?: string }) => {
  const report = await flagsReport(ctx, q);
  const rows: Row[] = [
    ...report.rows.map((r) => ({
      name: r.name,
      ...Object.fromEntries(report.years.map((y, i) => [`y${y}`, r.counts[i]])),
    })),
    { name: '合计', ...Object.fromEntries(report.years.map((y, i) => [`y${y}`, report.totals[i]])) },
  ];
  return exported(
    ctx,
    'flags',
    q,
    '红旗授予统计',
    [col('红旗', 'name', 18), ...report.years.map((y) => col(`${y}年`, `y${y}`))],
    rows,
  );
};

export const exportRectifications = async (ctx: Ctx, q: { township?: string }) => {
  const report = await rectificationsReport(ctx, q);
  const rows: Row[] = report.years.flatMap((y) => [
    ...y.townships.map((t) => ({
      year: y.year,
      name: t.name,
      identified: t.identified,
      closed: t.closed,
      consolidated: t.consolidated,
    })),
    { year: y.year, name: '合计', identified: y.identified, closed: y.closed, consolidated: y.consolidated },
  ]);
  return exported(
    ctx,
    'rectifications',
    q,
    '软弱涣散整顿统计',
    [
      col('年度', 'year'),
      col('乡镇', 'name', 16),
      col('认定', 'identified'),
      col('销号', 'closed'),
      col('巩固', 'consolidated'),
    ],
    rows,
  );
};
