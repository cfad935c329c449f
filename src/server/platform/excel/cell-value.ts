import type ExcelJS from 'exceljs';

// What a cell holds, as the clerk sees it, or why it cannot be read. Never String(object): a
// formula written by a script without its saved result (openpyxl, pandas) used to become the
// text "[object Object]" in a person's name.

export type CellReading = { text: string; problem?: undefined } | { text?: undefined; problem: string };

const pad = (n: number) => String(n).padStart(2, '0');

export const NO_FORMULA_RESULT =
  '公式没有保存计算结果（由程序写入的公式），请在 Excel 或 WPS 中打开后保存再导入，或直接填写内容';

/** Text for dates (YYYY-MM-DD), numbers (no exponent), rich text, hyperlinks and formula results. */
export const readCell = (value: ExcelJS.CellValue | undefined): CellReading => {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number')
    return { text: Number.isInteger(value) ? BigInt(Math.round(value)).toString() : `${value}` };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date)
    return { text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null || result === '') return { problem: NO_FORMULA_RESULT };
    return readCell(result);
  }
  if ('error' in value) return { problem: `单元格是错误值 ${value.error}，请改为正确的内容` };
  if ('text' in value) return readCell(value.text as ExcelJS.CellValue);
  return { problem: '无法识别的单元格内容，请改为文字或数字' };
};
