import path from 'node:path';
import ExcelJS from 'exceljs';

// exceljs' streaming reader finds a sheet's name through xl/_rels/workbook.xml.rels, comparing
// each Target with the relative `worksheets/sheetN.xml`. openpyxl (and so pandas `to_excel`)
// writes absolute part names, `/xl/worksheets/sheet1.xml`, which the standard allows (OPC part
// names): the sheets then had no name and every upload was refused with 找不到工作表. The
// relationships are rewritten relative to xl/ as they are read.

type Rel = { Id: string; Target: string; Type?: string };
type Internals = { _parseRels(entry: unknown): Promise<void>; workbookRels?: Rel[]; model?: unknown };

/** `/xl/worksheets/sheet1.xml`, `./worksheets/sheet1.xml` → `worksheets/sheet1.xml`. */
export const relativeToXl = (target: string): string =>
  target.startsWith('/')
    ? path.posix.relative('/xl', path.posix.normalize(target))
    : path.posix.normalize(target);

/** exceljs' WorkbookReader that also follows absolute sheet paths. */
export const openWorkbook = (
  file: string,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
): ExcelJS.stream.xlsx.WorkbookReader => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, options);
  const internals = reader as unknown as Internals;
  const parseRels = internals._parseRels.bind(reader);
  internals._parseRels = async (entry) => {
    await parseRels(entry);
    internals.workbookRels = internals.workbookRels?.map((r) => ({ ...r, Target: relativeToXl(r.Target) }));
  };
  return reader;
};

/**
 * Whether the reader got to the workbook part (xl/workbook.xml and its relationships). When a
 * file puts its sheets first (openpyxl, LibreOffice), exceljs copies them to temporary files and
 * its zip iteration sometimes ends before the parts after them (about one read in 15-30 of the
 * same openpyxl file, measured): the sheets then have no names. Such a read is to be repeated.
 */
export const readWorkbookPart = (reader: ExcelJS.stream.xlsx.WorkbookReader): boolean => {
  const internals = reader as unknown as Internals;
  return internals.model !== undefined && internals.workbookRels !== undefined;
};
