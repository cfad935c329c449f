import { labourCapacity, leftBehind, povertyStatus, relation } from '../../../contracts/registry/enums';
import { ETHNICITIES } from '../../../contracts/registry/ethnicities';
import type { ImportSheetSpec } from '../../platform/excel/spec';

// The households workbook: ONE ROW PER PERSON, household columns on the left (what county
// clerks already keep from the 防返贫 system and can sort and filter in Excel / WPS). Rows of one
// household share 户编号; household columns may be filled on every row or only on the head's row,
// but where filled they must agree. See docs/registries/households.md.

const labels = (coded: { values: readonly string[]; labels: Record<string, { zh: string }> }) =>
  coded.values.map((v) => coded.labels[v].zh);

export const HOUSEHOLD_SHEET = '农户人员';

export const householdSheetSpec = (villageLabels: string[]): ImportSheetSpec => ({
  name: HOUSEHOLD_SHEET,
  instructions: [
    '农户与人员导入模板（振兴平台）',
    '1. 每行填写一名家庭成员；同一户的成员填写相同的“户编号”，且必须有且只有一行“与户主关系”为“户主”。',
    '2. 户信息（所属村、家庭住址、户类型、人均纯收入、易地扶贫搬迁、安置点、帮扶人）可只填在户主行；如多行都填，须一致。',
    '3. 身份证号须为18位有效号码（校验位正确），出生日期和性别由身份证号自动读取；请保持该列为“文本”格式。',
    '4. 带下拉框的列请从下拉列表中选择。带 * 的列为必填。',
    '5. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件供下载修改。',
    '6. 户编号在本县唯一；已在系统中的户编号或身份证号不能重复导入。',
    '',
    '各列说明：',
  ],
  columns: [
    {
      key: 'householdNo',
      header: '户编号',
      required: true,
      text: true,
      width: 16,
      hint: '本县唯一，字母、数字或连字符，最多32位',
    },
    {
      key: 'village',
      header: '所属村',
      required: true,
      width: 22,
      choices: villageLabels,
      hint: '从下拉列表选择“乡镇/村”，也可填12位区划代码',
    },
    { key: 'address', header: '家庭住址', width: 24, hint: '最多200字' },
    {
      key: 'povertyStatus',
      header: '户类型',
      choices: labels(povertyStatus),
      hint: '脱贫户 / 监测户 / 一般户，空白为一般户',
    },
    { key: 'income', header: '人均纯收入（元）', width: 16, hint: '整数，单位元/人·年' },
    { key: 'relocated', header: '易地扶贫搬迁', choices: ['是', '否'], hint: '是 / 否，空白为否' },
    { key: 'relocationSite', header: '安置点', width: 18, hint: '搬迁户填写' },
    { key: 'helperName', header: '帮扶人', hint: '帮扶干部姓名' },
    { key: 'name', header: '姓名', required: true, hint: '最多32字' },
    {
      key: 'relation',
      header: '与户主关系',
      required: true,
      choices: labels(relation),
      hint: '每户有且只有一名户主',
    },
    { key: 'idNumber', header: '身份证号', required: true, text: true, width: 22, hint: '18位，末位可为X' },
    { key: 'ethnicity', header: '民族', choices: ETHNICITIES.map((e) => e.name), hint: '空白为汉族' },
    { key: 'phone', header: '联系电话', text: true, width: 14, hint: '11位手机号' },
    { key: 'labour', header: '劳动能力', width: 18, choices: labels(labourCapacity) },
    {
      key: 'leftBehind',
      header: '留守情况',
      choices: labels(leftBehind),
      hint: '留守儿童 / 留守老人 / 留守妇女，非留守留空',
    },
  ],
});

/** Chinese label → code, for the coded columns. */
export const codeOf = (coded: { values: readonly string[]; labels: Record<string, { zh: string }> }) => {
  const map = new Map(coded.values.map((v) => [coded.labels[v].zh, v]));
  return (label: string): string | undefined => map.get(label);
};
