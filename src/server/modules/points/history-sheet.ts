import type { ImportSheetSpec } from '../../platform/excel/spec';

// The 历史积分 sheet: points a village kept on paper or in its own spreadsheet before the
// platform, one row per entry, for a household (文明积分) or a party member (党员积分).

export const HISTORY_SHEET = '历史积分';

export const historySheetSpec: ImportSheetSpec = {
  name: HISTORY_SHEET,
  instructions: [
    '历史积分导入模板（振兴平台）',
    '1. 每行一笔积分，记入农户的文明积分或党员的党员积分，类型为“历史导入”，与审核通过的积分一样计入余额、排名和年度得分。',
    '2. 农户：填写户编号和户主姓名（须与农户登记一致），不填身份证号。',
    '3. 党员：填写本人身份证号和姓名（须与登记一致，且是党员名册中的党员），不填户编号。',
    '4. 日期为积分发生的日期，须早于今天；分值为整数，加分为正、扣分为负，不能为0。',
    '5. 规则编号可不填；填写时须是适用于该村的现行规则（县级目录、所属乡镇补充、本村村规民约），且加分、扣分方向与规则一致。',
    '6. 户编号、身份证号请设为文本格式，以免后几位丢失。',
    '7. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。导入后如有错，请在积分明细中逐笔冲正。',
    '',
    '各列说明：',
  ],
  columns: [
    {
      key: 'householdNo',
      header: '户编号',
      text: true,
      width: 16,
      hint: '农户（文明积分）填写；与身份证号只填一项',
    },
    {
      key: 'idNumber',
      header: '身份证号',
      text: true,
      width: 22,
      hint: '党员（党员积分）本人的18位身份证号',
    },
    { key: 'name', header: '姓名', required: true, hint: '农户填户主姓名，党员填本人姓名' },
    { key: 'date', header: '日期', required: true, width: 12, hint: '如 2024-05-01，须早于今天' },
    { key: 'points', header: '分值', required: true, width: 8, hint: '整数，加分为正、扣分为负，不能为0' },
    { key: 'ruleCode', header: '规则编号', width: 10, hint: '可不填，如 C01、P08' },
    { key: 'note', header: '说明', required: true, width: 36, hint: '积分事由，最多500字', longText: true },
  ],
};
