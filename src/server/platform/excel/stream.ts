import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export interface SheetColumn<T> {
  header: string;
  key: string;
  width?: number;
  value: (row: T) => string | number | null;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Streams rows into an .xlsx (exceljs' streaming writer) so that exports of any size use little
 * memory; returns the stream to send and a promise that settles when the workbook is complete.
 */
export const streamWorkbook = <T>(
  sheetName: string,
  columns: SheetColumn<T>[],
  batches: AsyncIterable<T[]>,
) => {
  const stream = new PassThrough();
  const done = (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of batches) {
      for (const row of batch)
        sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })();
  done.catch((error) => stream.destroy(error));
  return { stream, done };
};

/** A Content-Disposition value that carries a Chinese file name to every browser. */
export const attachmentName = (name: string): string =>
  `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
