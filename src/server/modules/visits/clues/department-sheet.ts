import ExcelJS from 'exceljs';
import type { ImportSheetSpec } from '../../../platform/excel/spec';
import { buildTemplate } from '../../../platform/excel/template';
import { DATA_DEPARTMENTS } from '../defaults';

// 部门筛查数据 sheet (docs/visits.md §3): one row per person a department's list names (身份证号,
// 姓名, 部门, 类别, 金额（元）, 发生日期, 说明), and a 部门和类别 sheet listing what 部门 and 类别 may hold.

export const DEPARTMENT_SHEET = '部门筛查数据';
export const KINDS_SHEET = '部门和类别';

export const departmentSheetSpec: ImportSheetSpec = {
  name: DEPARTMENT_SHEET,
  instructions: [
    '防返贫部门筛查数据导入模板（振兴平台）',
    '1. 每行一条部门数据：哪个人（身份证号、姓名）、哪个部门、什么类别、金额和发生日期。',
    '2. 系统按身份证号匹配在册人员并关联到其所在的户；姓名须与户籍登记一致。身份证号只用于匹配，不会保存。',
    '3. 部门和类别见“部门和类别”工作表，可填名称（如 医保、医疗费用自付）或代码。',
    '4. 医保“医疗费用自付”须填写金额；金额以元为单位，不小于 0，最多两位小数（按元取整保存）。',
    '5. 发生日期如 2026-03-15，不能晚于今天。',
    '6. 只能导入您管辖范围内的人员；整个文件检查无误才会导入，只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'idNumber', header: '身份证号', required: true, text: true, width: 22, hint: '18位居民身份证号' },
    { key: 'name', header: '姓名', required: true, width: 10, hint: '须与户籍登记一致' },
    {
      key: 'department',
      header: '部门',
      required: true,
      width: 10,
      choices: DATA_DEPARTMENTS.map((d) => d.name.zh),
      hint: '见“部门和类别”工作表',
    },
    {
      key: 'kind',
      header: '类别',
      required: true,
      width: 16,
      choices: DATA_DEPARTMENTS.flatMap((d) => d.kinds.map((k) => k.name.zh)),
      hint: '须是该部门的类别',
    },
    { key: 'amount', header: '金额（元）', width: 12, hint: '医疗费用自付必填；不小于 0，最多两位小数' },
    { key: 'occurredOn', header: '发生日期', required: true, width: 12, hint: '如 2026-03-15' },
    { key: 'detail', header: '说明', width: 30, longText: true, hint: '最多300字' },
  ],
};

/** The template, with the sheet of departments and their kinds added. */
export const departmentTemplate = async (): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildTemplate(departmentSheetSpec)) as unknown as ArrayBuffer);
  const kinds = workbook.addWorksheet(KINDS_SHEET);
  kinds.columns = [
    { header: '部门', key: 'department', width: 10 },
    { header: '部门代码', key: 'departmentCode', width: 20 },
    { header: '类别', key: 'kind', width: 16 },
    { header: '类别代码', key: 'kindCode', width: 16 },
  ];
  kinds.getRow(1).font = { bold: true };
  for (const d of DATA_DEPARTMENTS)
    for (const k of d.kinds)
      kinds.addRow({ department: d.name.zh, departmentCode: d.code, kind: k.name.zh, kindCode: k.code });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
