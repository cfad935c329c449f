import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

// Excel files as a county clerk handles them: the template filled in, saved by LibreOffice Calc
// (Debian's libreoffice-calc-nogui, which .ci/run installs), the error file opened and fixed.

const run = promisify(execFile);

/** Opens the workbook in LibreOffice Calc (headless) and saves it again as .xlsx. */
export const saveWithLibreOffice = async (file: Buffer, name = 'workbook.xlsx'): Promise<Buffer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-lo-'));
  try {
    const input = path.join(dir, 'in', name);
    fs.mkdirSync(path.dirname(input));
    fs.writeFileSync(input, file);
    const out = path.join(dir, 'out');
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        input,
      ],
      { timeout: 120_000 },
    );
    return fs.readFileSync(path.join(out, name));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

export const loadWorkbook = async (file: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
};

/** The column number of each header (a trailing * marks required columns). */
export const headerColumns = (sheet: ExcelJS.Worksheet): Map<string, number> => {
  const map = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    map.set(textOf(cell.value).replace(/\s*[*＊]$/, ''), col);
  });
  return map;
};

/** Fills data rows under the header of `sheetName`, by header text. */
export const fillSheet = async (
  template: Buffer,
  sheetName: string,
  rows: Record<string, string | number>[],
) => {
  const workbook = await loadWorkbook(template);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`the template has no sheet ${sheetName}`);
  const columns = headerColumns(sheet);
  rows.forEach((row, i) => {
    const line = sheet.getRow(2 + i);
    for (const [header, value] of Object.entries(row)) {
      const col = columns.get(header);
      if (!col) throw new Error(`the template has no column ${header}`);
      line.getCell(col).value = value;
    }
    line.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** A cell's text whether LibreOffice saved it plain or as rich text. */
export const textOf = (value: ExcelJS.CellValue): string => {
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  return String(value ?? '');
};

/** The rows of the annotated error file that carry a message in its 错误 column. */
export const errorRows = (workbook: ExcelJS.Workbook, sheetName: string) => {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`the error file has no sheet ${sheetName}`);
  const errorCol = headerColumns(sheet).get('错误');
  if (!errorCol) throw new Error('the error file has no 错误 column');
  const rows: { row: number; message: string }[] = [];
  sheet.eachRow((line, n) => {
    const message = textOf(line.getCell(errorCol).value);
    if (n > 1 && message) rows.push({ row: n, message });
  });
  return rows;
};

/**
 * Waits until the import dialog has an outcome and checks it says `expected`; a rejected file
 * or a refused upload fails with the dialog's own words rather than a timeout.
 */
export const expectImportOutcome = async (page: Page, expected: string, timeout = 60_000) => {
  const outcome = page
    .getByTestId('import-done')
    .or(page.getByTestId('import-rejected'))
    .or(page.getByTestId('import-upload-error'));
  await outcome.first().waitFor({ timeout });
  const shown = (await outcome.first().textContent()) ?? '';
  if (!shown.includes(expected)) throw new Error(`the import dialog says 「${shown}」, not 「${expected}」`);
};
