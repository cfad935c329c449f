import { controlCharPosition, withoutControlChars } from '../../../contracts/text';
import type { Config } from '../config';
import type { ImportErrors } from './import-errors';
import type { SheetRow } from './read';
import type { ImportSheetSpec } from './spec';

// What every import passes through between the reader and the registry's checks: the row cap
// and control characters in cells. A file with more data rows than the cap is refused as soon
// as the row past it is read, before anything else of the file is read.

export interface ImportLimits {
  /** Data rows per file. */
  maxRows: number;
  /** Errors kept for the message and the annotated file; past them only their number. */
  maxErrors: number;
}

export const importLimits = (
  config: Pick<Config, 'IMPORT_MAX_ROWS' | 'IMPORT_MAX_ERRORS'>,
): ImportLimits => ({
  maxRows: config.IMPORT_MAX_ROWS,
  maxErrors: config.IMPORT_MAX_ERRORS,
});

/** Thrown by `screenRows` at the first row past the cap; its message is the job's. */
export class TooManyRows extends Error {
  constructor(readonly maxRows: number) {
    super(
      `文件的数据行超过每次导入的上限 ${maxRows.toLocaleString('en-US')} 行，已停止读取，未导入任何数据。请按乡镇或村拆分成多个文件后分批导入。`,
    );
  }
}

// Cell text as stored by Excel: a character XML cannot carry is written _xHHHH_ (ST_Xstring).
const XLSX_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
const unescapeCell = (text: string) =>
  text.includes('_x')
    ? text.replace(XLSX_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/**
 * Counts the rows (`counter.rows`: every data row of the file, also when some are refused),
 * refuses the row past `maxRows`, and turns a cell with control characters into a cell error; the registry then sees the cell without them, so it
 * reports nothing else about that cell's invisible part.
 */
export async function* screenRows(
  rows: AsyncIterable<SheetRow>,
  spec: ImportSheetSpec,
  errors: ImportErrors,
  maxRows: number,
  counter: { rows: number },
): AsyncGenerator<SheetRow> {
  const longText = new Set(spec.columns.filter((c) => c.longText).map((c) => c.key));
  for await (const row of rows) {
    if (++counter.rows > maxRows) throw new TooManyRows(maxRows);
    for (const [key, raw] of Object.entries(row.cells)) {
      const text = unescapeCell(raw);
      const long = longText.has(key);
      const position = controlCharPosition(text, long);
      if (position !== null) {
        errors.add(row.row, key, `包含不可见的控制字符（位置 ${position}），请删除后重试`);
        row.cells[key] = withoutControlChars(text, long).trim();
      } else row.cells[key] = text;
    }
    // A cell the reader could not read (a formula without its result …) is an error on its
    // cell, and its row goes no further: the registry never sees a value the clerk does not.
    for (const p of row.problems) errors.add(row.row, p.key, p.message);
    if (row.problems.length === 0) yield row;
  }
}

/** The message of a job whose sheet has no data rows (an untouched template). */
export const noDataRows = (sheet: string) =>
  `工作表“${sheet}”中没有数据行：请从第2行起每行填写一条记录后再导入（上传的似乎是未填写的模板）`;
