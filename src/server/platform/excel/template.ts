import ExcelJS from 'exceljs';
import { columnLetter, type ImportSheetSpec } from './spec';

// Drop-downs cover this many data rows; a clerk who needs more copies a row down.
const VALIDATED_ROWS = 5000;
// Excel limits an inline list to 255 characters; longer lists live on a hidden sheet.
const INLINE_LIMIT = 200;

/** The import template: header row, drop-downs for coded fields, a 填表说明 sheet. */
export const buildTemplate = async (spec: ImportSheetSpec): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet('选项', { state: 'hidden' });
  sheet.columns = spec.columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width ?? 14,
    style: c.text ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  let listColumn = 0;
  spec.columns.forEach((c, i) => {
    if (!c.choices?.length) return;
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${VALIDATED_ROWS + 1}`;
    const inline = `"${c.choices.join(',')}"`;
    let formula = inline;
    if (inline.length > INLINE_LIMIT || c.choices.some((v) => v.includes(','))) {
      listColumn++;
      const letter = columnLetter(listColumn);
      c.choices.forEach((v, r) => {
        lists.getCell(`${letter}${r + 1}`).value = v;
      });
      formula = `选项!$${letter}$1:$${letter}$${c.choices.length}`;
    }
    // exceljs types omit the range-level API its runtime has (worksheet.dataValidations).
    (
      sheet as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(range, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [formula],
      ...(c.multiple
        ? {
            showErrorMessage: false,
            showInputMessage: true,
            promptTitle: c.header,
            prompt: '可从下拉列表选择一项；多项请用“、”分隔',
          }
        : { showErrorMessage: true, errorTitle: '输入有误', error: `请从下拉列表中选择${c.header}` }),
    });
  });
  const help = workbook.addWorksheet('填表说明');
  help.getColumn(1).width = 100;
  spec.instructions.forEach((line, i) => {
    help.getCell(`A${i + 1}`).value = line;
  });
  spec.columns.forEach((c, i) => {
    const line = `${c.header}${c.required ? '（必填）' : ''}：${c.hint ?? ''}`;
    help.getCell(`A${spec.instructions.length + 2 + i}`).value = line;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
