import { TALENT_TAGS } from '../../../contracts/api/talents';
import { talentCategory } from '../../../contracts/registry/enums';
import { labelsOf } from '../../platform/excel/cells';
import type { ImportSheetSpec } from '../../platform/excel/spec';

// The 人才 sheet: one row per talent, its columns the fields of the survey form (村级摸排).

export const TALENT_SHEET = '人才';

export const talentSheetSpec = (villages: string[]): ImportSheetSpec => ({
  name: TALENT_SHEET,
  instructions: [
    '人才导入模板（振兴平台）',
    '1. 每行一名人才，导入后为“草稿”（村级摸排），与“摸排登记”表单新增的一样，由村里提交乡镇审核（村级摸排 → 乡级审核 → 县级备案）。',
    '2. 本村户籍人员请填写身份证号：系统按身份证号找到农户登记中的本人（姓名须一致，且须登记在所填的村）；外来人才可不填。同一人只能在人才库中登记一次。',
    '3. 不填身份证号的，同一村中不能有两名同名人才；如确为同名的两个人，请填写身份证号。',
    `4. 称号可填多项，用“、”分隔：${TALENT_TAGS.join('、')}。`,
    '5. 身份证号、联系电话请设为文本格式，以免后几位丢失。',
    '6. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '所属村', required: true, width: 22, choices: villages },
    { key: 'name', header: '姓名', required: true, hint: '最多32字' },
    { key: 'idNumber', header: '身份证号', text: true, width: 22, hint: '本村户籍人员填写，18位' },
    { key: 'phone', header: '联系电话', text: true, width: 14, hint: '11位手机号' },
    { key: 'category', header: '人才类别', required: true, choices: labelsOf(talentCategory) },
    { key: 'tags', header: '称号', hint: `可多项，用“、”分隔：${TALENT_TAGS.join('、')}` },
    { key: 'skills', header: '特长说明', width: 36, hint: '最多500字', longText: true },
  ],
});

/** 称号 cell → its items ("土专家、田秀才"); separators as clerks type them. */
export const splitTags = (text: string | undefined): string[] =>
  text ? [...new Set(text.split(/[、,，;；\s]+/).filter(Boolean))] : [];
