import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { type DisclosureTable, TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from '../../../contracts/api/disclosure';
import { newId } from '../../platform/auth/session';
import { Invalid } from '../../platform/errors';
import { readCell } from '../../platform/excel/cell-value';
import { saveUpload } from '../../platform/excel/upload';

// 从 Excel 导入表格: the first sheet of an .xlsx, its first row as the column names, into the
// editor of the item's table (nothing is stored until the item is saved). Personal data is checked
// on submit like a table typed on the page.

const MAX_BYTES = 5 * 1024 * 1024;

const colName = (j: number) => String.fromCharCode(65 + (j % 26)).repeat(Math.floor(j / 26) + 1);

/** The rows of a sheet as text, trailing empty rows and columns dropped; Invalid names row and column. */
export const sheetTable = (sheet: ExcelJS.Worksheet): DisclosureTable => {
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const read = readCell(cell.value);
      if (read.problem !== undefined)
        throw new Invalid(`第 ${r} 行 ${colName(c - 1)} 列：${read.problem}`, [
          { path: `row${r}.${colName(c - 1)}`, message: read.problem },
        ]);
      cells[c - 1] = read.text.trim();
    });
    grid[r - 1] = Array.from(cells, (v) => v ?? '');
  });
  const rows = Array.from(grid, (r) => r ?? []);
  while (rows.length && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  if (rows.length === 0) throw new Invalid('表格是空的：第一行应为列名，从第二行起为数据');
  const width = Math.max(...rows.map((r) => r.length));
  let used = width;
  while (used > 0 && rows.every((r) => (r[used - 1] ?? '') === '')) used--;
  if (used > TABLE_MAX_COLUMNS) throw new Invalid(`表格最多 ${TABLE_MAX_COLUMNS} 列，这张表有 ${used} 列`);
  if (rows.length - 1 > TABLE_MAX_ROWS) throw new Invalid(`表格最多 ${TABLE_MAX_ROWS} 行，请拆分后分别公开`);
  const padRow = (r: string[]) => Array.from({ length: used }, (_, j) => r[j] ?? '');
  const columns = padRow(rows[0]).map((c, j) => c || `第${j + 1}列`);
  return { columns, rows: rows.slice(1).map(padRow) };
};

export const importTable = async (req: FastifyRequest): Promise<DisclosureTable> => {
  const file = path.join(os.tmpdir(), `zhenxing-disclosure-${newId()}.xlsx`);
  try {
    await saveUpload(req, file);
    if (fs.statSync(file).size > MAX_BYTES) throw new Invalid('表格文件超过 5 MB，请只保留要公开的内容');
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(file);
    } catch {
      throw new Invalid('无法读取这个 Excel 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Invalid('文件中没有工作表');
    return sheetTable(sheet);
  } finally {
    fs.rmSync(file, { force: true });
  }
};
