import ExcelJS from 'exceljs';
import type { DrillQueryInput } from '../../../contracts/api/figures';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { catalogueFigures } from './dashboard';
import { drill } from './drill';
import { DRILL_EXPORT_MAX_ROWS, periodLabel } from './policy';

// 指标明细 as an .xlsx: every record behind a figure for a region and period (with the search and
// category the drawer shows), the same rows as the drawer, in its order; the figure's definition
// on the sheet. Names of people may be among the titles, so the export is audited.

const BATCH = 5000;

export const drillWorkbook = async (ctx: Ctx, query: Omit<DrillQueryInput, 'page' | 'pageSize'>) => {
  const first = await drill(ctx, { ...query, page: 1, pageSize: BATCH });
  const rows = [...first.rows];
  const wanted = Math.min(first.total, DRILL_EXPORT_MAX_ROWS);
  for (let page = 2; rows.length < wanted; page++) {
    const next = await drill(ctx, { ...query, page, pageSize: BATCH });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  rows.length = Math.min(rows.length, wanted);
  const figure = catalogueFigures().get(query.key)!.figure;
  const money = figure.unit.zh === '元';
  const categories = new Map((figure.categories ?? []).map((c) => [c.key, c.label.zh]));
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: 'figures.drill.export',
      entity: 'figure',
      entityId: figure.key,
      regionCode: first.regionCode,
      diff: {
        year: first.year,
        quarter: first.quarter,
        category: query.category ?? null,
        search: query.search ?? null,
        rows: rows.length,
      },
    }),
  );

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('明细', { views: [{ state: 'frozen', ySplit: 3 }] });
  const headers = [
    '区域',
    '区划代码',
    '名称',
    ...(categories.size ? ['分类'] : []),
    money ? '金额（元）' : '计数',
  ];
  const period = periodLabel(first.year, first.quarter);
  sheet.addRow([`${first.regionName}${figure.label.zh}明细（${period}）`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  const cut = first.total > rows.length ? `；共 ${first.total} 条，表中为前 ${rows.length} 条` : '';
  sheet.addRow([
    `指标值 ${first.value}${figure.unit.zh}；口径：${figure.definition.zh}${query.search ? `；搜索“${query.search}”` : ''}${cut}`,
  ]);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.regionName,
      r.regionCode,
      r.title,
      ...(categories.size ? [r.category == null ? '' : (categories.get(r.category) ?? r.category)] : []),
      money ? r.weight / 100 : r.weight,
    ]);
  }
  for (const [i, width] of [16, 16, 40, 14, 14].entries()) sheet.getColumn(i + 1).width = width;
  return {
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `${first.regionName}${figure.label.zh}明细${first.year}${first.quarter ? `Q${first.quarter}` : ''}.xlsx`,
  };
};
