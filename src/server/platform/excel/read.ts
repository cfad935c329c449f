import type ExcelJS from 'exceljs';
import { readCell } from './cell-value';
import { openWorkbook, readWorkbookPart } from './open-workbook';
import type { ImportSheetSpec } from './spec';

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Trimmed text per column key; empty cells are absent. */
  cells: Record<string, string>;
  /** Column keys whose cell held a number (an 18-digit ID typed as a number has lost digits). */
  numeric: Set<string>;
  /** Cells that could not be read (a formula without its result …): the row is refused. */
  problems: CellProblem[];
}

export interface CellProblem {
  key: string;
  message: string;
}

/** One cell's value as the clerk sees it ('' for a cell that cannot be read: see `readCell`). */
export const cellText = (value: ExcelJS.CellValue): string => readCell(value).text ?? '';

/** The column keys of a header row, matched by header text (a trailing * marks required columns). */
const headerKeys = (spec: ImportSheetSpec, values: ExcelJS.CellValue[]) => {
  const byHeader = new Map(spec.columns.map((c) => [c.header, c.key]));
  const keys: (string | undefined)[] = [];
  values.forEach((v, i) => {
    keys[i] = byHeader.get(
      cellText(v)
        .trim()
        .replace(/[*＊]$/, ''),
    );
  });
  return keys;
};

/**
 * Reads a sheet the caller does not want to its end. A workbook saved by LibreOffice puts the
 * sheets before the shared strings, so exceljs parks each sheet in a temp file and opens it
 * afterwards; when the caller moves on without reading, exceljs removes the temp file while the
 * file is still being opened, and the stream's ENOENT, with nobody listening, ends the process.
 */
export const drain = async (sheet: AsyncIterable<unknown>) => {
  for await (const _row of sheet) {
    // nothing to keep
  }
};

/**
 * Streams the rows of the spec's sheet (exceljs WorkbookReader: the file is never held whole).
 * Throws a Chinese message when the sheet or a required column is missing.
 */
const readSheetOnce = async function* (
  file: string,
  spec: ImportSheetSpec,
  lastTry: boolean,
): AsyncGenerator<SheetRow, boolean> {
  const reader = openWorkbook(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  let found = false;
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    if (found || name !== spec.name) {
      await drain(sheet);
      continue;
    }
    found = true;
    let keys: (string | undefined)[] | null = null;
    for await (const row of sheet) {
      const values = (row.values as ExcelJS.CellValue[]) ?? [];
      if (!keys) {
        keys = headerKeys(spec, values);
        const missing = spec.columns.filter((c) => c.required && !keys?.includes(c.key));
        if (missing.length)
          throw new Error(`缺少必填列：${missing.map((c) => c.header).join('、')}（请使用下载的模板）`);
        continue;
      }
      const cells: Record<string, string> = {};
      const numeric = new Set<string>();
      const problems: CellProblem[] = [];
      values.forEach((v, i) => {
        const key = keys?.[i];
        if (!key) return;
        const { text, problem } = readCell(v);
        if (problem) problems.push({ key, message: problem });
        if (!text?.trim()) return;
        cells[key] = text.trim();
        if (typeof v === 'number') numeric.add(key);
      });
      if (Object.keys(cells).length || problems.length) yield { row: row.number, cells, numeric, problems };
    }
  }
  if (found) return true;
  if (!readWorkbookPart(reader) && !lastTry) return false;
  throw new Error(`找不到工作表“${spec.name}”（请使用下载的模板）`);
};

/** The data rows of the sheet `spec.name`, read as a stream (a read that ended short is repeated). */
export async function* readSheet(file: string, spec: ImportSheetSpec): AsyncGenerator<SheetRow> {
  // Nothing was yielded by a read that did not find the sheet, so repeating it is safe.
  for (let attempt = 1; !(yield* readSheetOnce(file, spec, attempt === 8)); attempt++);
}
