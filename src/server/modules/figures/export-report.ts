import ExcelJS from 'exceljs';
import type { ReportSheet } from '../../../contracts/api/figures';
import { periodLabel } from './policy';

// 一表通 as an .xlsx: a title with the region and period (a year or a quarter), one column per figure (name and unit), one
// row per township or village, the region's own value last; the definitions on a second sheet.

export const reportWorkbook = async (sheet: ReportSheet, definitions: Map<string, string>) => {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }],
  });
  const width = sheet.columns.length + 2;
  ws.addRow([`${sheet.regionName}${sheet.name}（${periodLabel(sheet.year, sheet.quarter)}）`]).font = {
    bold: true,
    size: 14,
  };
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([
    `由台账自动生成，生成时间 ${new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}；无需填报。“—”表示该指标不在这一级统计${sheet.quarter ? '，或只按年度统计' : ''}`,
  ]);
  ws.mergeCells(2, 1, 2, width);
  ws.addRow(['区划代码', '名称', ...sheet.columns.map((c) => `${c.label}（${c.unit}）`)]).font = {
    bold: true,
  };
  for (const row of sheet.rows) ws.addRow([row.code, row.name, ...row.values.map((v) => v ?? '—')]);
  const total = ws.addRow([sheet.regionCode, `${sheet.regionName}合计`, ...sheet.total.map((v) => v ?? '—')]);
  total.font = { bold: true };
  ws.getColumn(1).width = 15;
  ws.getColumn(2).width = 18;
  for (let i = 3; i <= width; i++) ws.getColumn(i).width = 14;
  const defs = workbook.addWorksheet('口径');
  defs.addRow(['指标', '单位', '口径', '指标代码']).font = { bold: true };
  for (const c of sheet.columns) defs.addRow([c.label, c.unit, definitions.get(c.key) ?? '', c.key]);
  for (const [i, w] of [30, 8, 80, 30].entries()) defs.getColumn(i + 1).width = w;
  return {
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `${sheet.regionName}${sheet.name}${sheet.year}${sheet.quarter ? `Q${sheet.quarter}` : ''}.xlsx`,
  };
};
