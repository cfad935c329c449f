import type { ImportSheetSpec } from '../../platform/excel/spec';

// Sheet 户网格归属: one row per household and the small grid (十联户) it belongs to. The export
// lists every household of a village with its small grid (empty when it has none yet), so a
// clerk fills in the gaps and imports the same file.

export const ASSIGN_SHEET = '户网格归属';

export const assignmentSheetSpec = (): ImportSheetSpec => ({
  name: ASSIGN_SHEET,
  instructions: [
    '户网格归属导入模板（振兴平台）',
    '1. 每行一户：户编号、户主姓名（须与登记一致）和所属小网格（十联户）的网格编码。',
    '2. 每户只属于一个小网格：已在其他小网格的户会被调整到新网格（调整记入审计日志）。农户与网格须在同一村，同一户在表中只能出现一次。',
    '3. 可先“导出户网格归属”得到本村全部农户（尚未分配的户小网格编码为空），补填编码后导入；小网格编码为空的行不作调整，不调整的行也可以删去。',
    '4. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'householdNo', header: '户编号', required: true, text: true, width: 16 },
    { key: 'headName', header: '户主姓名', required: true },
    { key: 'gridCode', header: '小网格编码', text: true, width: 18, hint: '为空则该户不作调整' },
    { key: 'gridName', header: '小网格名称', width: 22, hint: '仅供核对，导入时不读取' },
  ],
});
