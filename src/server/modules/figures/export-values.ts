import ExcelJS from 'exceljs';
import type { FigureValuesQuery } from '../../../contracts/api/figures';
import type { Ctx } from '../../platform/context';
import { figureCatalogue } from './catalogue';
import { figureValues } from './figure-values';
import { periodLabel } from './policy';

// 指标目录 as an .xlsx: a region's values for a year beside each figure's unit, module and
// definition, so a sheet sent up carries its own 口径. Aggregates only: no personal data.

export const figureValuesWorkbook = async (ctx: Ctx, query: FigureValuesQuery) => {
  const values = await figureValues(ctx, query);
  const byKey = new Map(values.values.map((v) => [v.key, v.value]));
  const headers = ['序号', '指标', '数值', '单位', '来源', '口径', '指标代码'];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([`${values.regionName}指标（${periodLabel(values.year, values.quarter)}）`]).font = {
    bold: true,
    size: 14,
  };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([
    `由台账计算，导出时间 ${new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}；“—”表示该指标不在本级统计`,
  ]);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow(headers).font = { bold: true };
  figureCatalogue().items.forEach((f, i) => {
    const value = byKey.get(f.key);
    sheet.addRow([i + 1, f.label.zh, value ?? '—', f.unit.zh, f.moduleLabel.zh, f.definition.zh, f.key]);
  });
  for (const [i, width] of [6, 28, 14, 10, 14, 60, 28].entries()) sheet.getColumn(i + 1).width = width;
  return {
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `${values.regionName}指标${values.year}${values.quarter ? `Q${values.quarter}` : ''}.xlsx`,
  };
};
