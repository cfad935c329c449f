import ExcelJS from 'exceljs';
import type { DashboardQuery } from '../../../contracts/api/figures';
import type { Ctx } from '../../platform/context';
import { dashboard } from './dashboard';

// 驾驶舱 as an .xlsx: each figure for the region, the year before and every child region, then the
// categories, each with unit and definition (口径). Aggregates only: no personal data.

export const dashboardWorkbook = async (ctx: Ctx, query: DashboardQuery) => {
  const d = await dashboard(ctx, query);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('驾驶舱', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const headers = [
    '指标',
    '单位',
    `${d.regionName} ${d.year} 年`,
    `${d.year - 1} 年`,
    ...d.children.map((c) => c.name),
  ];
  sheet.addRow([`${d.regionName}驾驶舱（${d.year} 年）`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([
    `由台账计算，数据时间 ${new Date(d.dataAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}；“—”表示该指标不在本级统计或不分年度`,
  ]);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow(headers).font = { bold: true };
  for (const f of d.figures) {
    sheet.addRow([
      f.label.zh,
      f.unit.zh,
      f.value ?? '—',
      f.previous ?? '—',
      ...(f.byChild ?? d.children.map(() => '—')),
    ]);
  }
  sheet.getColumn(1).width = 30;
  for (let i = 2; i <= headers.length; i++) sheet.getColumn(i).width = i === 2 ? 8 : 14;

  const categories = workbook.addWorksheet('分类');
  categories.addRow(['指标', '分类', '数值', '单位']).font = { bold: true };
  for (const f of d.figures) {
    for (const c of f.byCategory) categories.addRow([f.label.zh, c.label.zh, c.value, f.unit.zh]);
  }
  for (const [i, width] of [30, 30, 14, 8].entries()) categories.getColumn(i + 1).width = width;

  const definitions = workbook.addWorksheet('口径');
  definitions.addRow(['指标', '口径', '指标代码']).font = { bold: true };
  for (const f of d.figures) definitions.addRow([f.label.zh, f.definition.zh, f.key]);
  for (const [i, width] of [30, 80, 30].entries()) definitions.getColumn(i + 1).width = width;
  return {
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `${d.regionName}驾驶舱${d.year}.xlsx`,
  };
};
