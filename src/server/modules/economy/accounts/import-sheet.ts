import ExcelJS from 'exceljs';
import type { ImportSheetSpec } from '../../../platform/excel/spec';
import { buildTemplate } from '../../../platform/excel/template';
import { INCOME_SOURCES } from '../defaults';

// The 收支明细 sheet: one row per income line (村代码, 村名, 年度, 季度, 科目代码, 明细, 发包标记,
// 金额（元）, 备注), and a 科目代码 sheet listing the codes with their examples.

export const ACCOUNTS_SHEET = '收支明细';
export const CODES_SHEET = '科目代码';

export const accountsSheetSpec: ImportSheetSpec = {
  name: ACCOUNTS_SHEET,
  instructions: [
    '村集体经济年度收支导入模板（振兴平台）',
    '1. 每行一条收入明细：哪个村、哪一年、第几季度、哪个科目、多少钱。',
    '2. 导入会替换文件中出现的每个村、每个年度的全部收入明细（未出现的村和年度不变）：请把该村该年度的全部明细一次填全。',
    '3. 科目代码见“科目代码”工作表：I1 经营收入、I2 发包及上交收入、I3 投资收益、I4 补助收入、I5 其他收入、I6 农业税附加返还收入（2024 年起取消，只能用于 2023 年及以前）。I1–I3 计入经营性收入。',
    '4. 2024 年起发包及上交收入按性质计入 I1 或 I3，请在“发包标记”填“是”，以便与往年比较。',
    '5. 金额以元为单位，不小于 0，最多两位小数。',
    '6. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'villageCode', header: '村代码', required: true, text: true, width: 16, hint: '12位村级区划代码' },
    { key: 'villageName', header: '村名', width: 16, hint: '可不填；填写时须与村代码一致' },
    { key: 'year', header: '年度', required: true, width: 8, hint: '如 2025' },
    { key: 'quarter', header: '季度', required: true, width: 6, choices: ['1', '2', '3', '4'], hint: '1–4' },
    {
      key: 'code',
      header: '科目代码',
      required: true,
      width: 10,
      choices: INCOME_SOURCES.map((s) => s.code),
      hint: 'I1–I6，见“科目代码”工作表',
    },
    { key: 'item', header: '明细', required: true, width: 24, hint: '如 土地发包、光伏分红，最多100字' },
    {
      key: 'contracting',
      header: '发包标记',
      width: 10,
      choices: ['是', '否'],
      hint: '发包及上交收入填“是”，可不填',
    },
    { key: 'amount', header: '金额（元）', required: true, width: 14, hint: '不小于 0，最多两位小数' },
    { key: 'note', header: '备注', width: 30, longText: true, hint: '最多500字' },
  ],
};

/** The template, with the sheet of income codes added. */
export const accountsTemplate = async (): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildTemplate(accountsSheetSpec)) as unknown as ArrayBuffer);
  const codes = workbook.addWorksheet(CODES_SHEET);
  codes.columns = [
    { header: '科目代码', key: 'code', width: 10 },
    { header: '科目名称', key: 'name', width: 22 },
    { header: '经营性收入', key: 'operating', width: 12 },
    { header: '适用年度', key: 'years', width: 16 },
    { header: '包括', key: 'examples', width: 50 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const s of INCOME_SOURCES)
    codes.addRow({
      code: s.code,
      name: s.name.zh,
      operating: s.operating ? '是' : '否',
      years: s.legacy ? '2023 年及以前' : '各年度',
      examples: s.examples,
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
