import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { ImportErrors } from './import-errors';
import { openWorkbook } from './open-workbook';
import { cellText, drain } from './read';
import type { ImportSheetSpec } from './spec';

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

/**
 * Writes a copy of the uploaded sheet (streamed in and out) in which every bad cell is filled
 * red with a note giving the reason, and a last column 错误 lists the row's problems.
 */
export const writeAnnotatedCopy = async (
  source: string,
  target: string,
  spec: ImportSheetSpec,
  errors: ImportErrors,
): Promise<void> => {
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: fs.createWriteStream(target),
    useStyles: true,
  });
  const sheetOut = out.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const reader = openWorkbook(source, {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let keyOf: (string | undefined)[] = [];
  let errorColumn = spec.columns.length + 1;
  let done = false;
  for await (const sheet of reader) {
    // Every sheet is read to its end (see drain), the annotated one once.
    if (done || (sheet as unknown as { name: string }).name !== spec.name) {
      await drain(sheet);
      continue;
    }
    done = true;
    for await (const row of sheet) {
      const values = (row.values as ExcelJS.CellValue[]) ?? [];
      const rowOut = sheetOut.getRow(row.number);
      values.forEach((v, i) => {
        if (i > 0) rowOut.getCell(i).value = cellText(v);
      });
      if (row.number === 1) {
        const byHeader = new Map(spec.columns.map((c) => [c.header, c.key]));
        keyOf = values.map((v) =>
          byHeader.get(
            cellText(v)
              .trim()
              .replace(/[*＊]$/, ''),
          ),
        );
        errorColumn = Math.max(values.length, spec.columns.length + 1);
        rowOut.getCell(errorColumn).value =
          errors.more > 0
            ? `错误（共${errors.count}处，只标出前${errors.shown}处，另有${errors.more}处未标出）`
            : '错误';
        rowOut.font = { bold: true };
      }
      const problems = errors.keptFor(row.number);
      for (const p of problems) {
        const index = keyOf.indexOf(p.key ?? '\u0000');
        if (index <= 0) continue;
        const cell = rowOut.getCell(index);
        cell.fill = RED;
        cell.note = p.message;
      }
      if (problems.length) {
        const cell = rowOut.getCell(errorColumn);
        cell.value = problems.map((p) => errors.describe(p)).join('；');
        cell.fill = RED;
      }
      rowOut.commit();
    }
  }
  sheetOut.commit();
  await out.commit();
};
