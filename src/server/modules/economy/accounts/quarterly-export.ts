import ExcelJS from 'exceljs';
import {
  INCOME_CODE_LABELS,
  INCOME_CODES,
  type QuarterlyQuery,
  type QuarterlyRow,
} from '../../../../contracts/api/economy-accounts';
import { writeAudit } from '../../../platform/audit/write';
import type { Ctx } from '../../../platform/context';
import { quarterlyReturn } from './quarterly-return';

// 季度报表 as the .xlsx a township sends up: a title, one row per village (or township), the total.

const MONEY = '#,##0.00';

export const quarterlyWorkbook = async (ctx: Ctx, q: QuarterlyQuery) => {
  const report = await quarterlyReturn(ctx, q);
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: 'economy.quarterly.export',
      entity: 'economy_account',
      regionCode: report.regionCode,
      diff: { year: q.year, quarter: q.quarter },
    }),
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('季度报表', { views: [{ state: 'frozen', ySplit: 2 }] });
  const unit = report.rowLevel === 'village' ? '村' : '乡镇';
  const tiered = report.rowLevel === 'township';
  const headers = [
    '序号',
    unit,
    '区划代码',
    ...INCOME_CODES.map((c) => `${c} ${INCOME_CODE_LABELS[c]}（元）`),
    '经营性收入（元）',
    '总收入（元）',
    '发包及上交收入（元）',
    ...(tiered ? report.bands.map((b) => `${b.code} ${b.label}（村）`) : ['档次']),
    '上年同期经营性收入（元）',
    '上年同期总收入（元）',
    `同比增长（%，按${report.basis === 'total' ? '总收入' : '经营性收入'}）`,
  ];
  const title = `${report.regionName} ${report.year}年第${report.quarter}季度村集体经济收入报表（1–${report.quarter}季度累计）`;
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow(headers).font = { bold: true };
  const yuan = (fen: number) => fen / 100;
  const cells = (r: QuarterlyRow, index: number | string) => [
    index,
    r.name,
    r.regionCode,
    ...INCOME_CODES.map((c) => yuan(r.bySource[c])),
    yuan(r.operatingFen),
    yuan(r.totalFen),
    yuan(r.contractingFen),
    ...(tiered ? report.bands.map((b) => r.tierCounts?.[b.code] ?? 0) : [r.bandLabel ?? '']),
    yuan(r.lastYearOperatingFen),
    yuan(r.lastYearTotalFen),
    r.growthPercent ?? '—',
  ];
  report.rows.forEach((r, i) => {
    sheet.addRow(cells(r, i + 1));
  });
  sheet.addRow(cells(report.total, '')).font = { bold: true };
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i === 1 ? 18 : Math.min(24, Math.max(10, h.length + 4));
    if (h.includes('（元）')) column.numFmt = MONEY;
  });
  const fileName = `${report.regionName}-${report.year}年第${report.quarter}季度村集体经济收入报表.xlsx`;
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), fileName };
};
