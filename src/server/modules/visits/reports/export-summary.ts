import ExcelJS from 'exceljs';
import type { ReportPeriodQuery, ReportRow } from '../../../../contracts/api/visits-reports';
import { writeAudit } from '../../../platform/audit/write';
import type { Ctx } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { OBJECT_TYPES, RISK_TYPES } from '../defaults';
import { mayExportReport } from './policy';
import { visitsReport } from './summary';

// 走访监测报表 as the .xlsx a township or county sends up: a title, the period, one row per child
// region and the total, generated from the records (nobody types it). Audited.

const LEVEL_UNIT: Record<string, string> = {
  county: '县（市、区）',
  township: '乡镇',
  village: '村（社区）',
};

export const reportWorkbook = async (ctx: Ctx, q: ReportPeriodQuery) => {
  if (!mayExportReport(ctx.actor.role)) throw new Forbidden();
  const report = await visitsReport(ctx, q);
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: 'visits.reports.export',
      entity: 'visits_report',
      regionCode: report.regionCode,
      diff: { filters: { regionCode: report.regionCode, from: report.from, to: report.to } },
    }),
  );
  const headers = [
    '序号',
    LEVEL_UNIT[report.childLevel] ?? '区域',
    '区划代码',
    '走访农户（户）',
    '走访次数',
    '收集问题（个）',
    '当场解决（个）',
    '转办（个）',
    '监测户（户）',
    ...OBJECT_TYPES.map((o) => `其中${o.name.zh}`),
    ...RISK_TYPES.map((t) => `风险：${t.name.zh}`),
    '识别中（户）',
    '超时环节（个）',
    '风险消除（户）',
  ];
  const cells = (r: ReportRow, index: number | string) => [
    index,
    r.name,
    r.regionCode,
    r.householdsVisited,
    r.visits,
    r.problems,
    r.solvedOnSpot,
    r.passedOn,
    r.monitored,
    ...OBJECT_TYPES.map((o) => r.monitoredByObjectType[o.code] ?? 0),
    ...RISK_TYPES.map((t) => r.monitoredByRiskType[t.code] ?? 0),
    r.inIdentification,
    r.overdueSteps,
    r.removed,
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('走访监测报表', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([`${report.regionName}走访与防返贫监测情况统计表`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([`统计期间：${report.from} 至 ${report.to}（监测户为期末数，识别中、超时环节为导出时数）`]);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow(headers).font = { bold: true };
  report.rows.forEach((r, i) => {
    sheet.addRow(cells(r, i + 1));
  });
  sheet.addRow(cells({ ...report.total, name: '合计' }, '')).font = { bold: true };
  headers.forEach((h, i) => {
    sheet.getColumn(i + 1).width = i === 1 ? 20 : Math.min(18, Math.max(8, h.length * 2));
  });
  const fileName = `${report.regionName}-走访监测报表-${report.from}至${report.to}.xlsx`;
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), fileName };
};
