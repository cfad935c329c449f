import { gridTier } from '../../../contracts/registry/enums';
import { codeOfLabel, labelsOf } from '../../platform/excel/cells';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import type { GridTier } from './grid-code';

// Sheet 网格: one row per grid, top-down. Its columns are the export's (the export adds 农户数),
// so an exported roster can be corrected and imported into another village.

export const GRID_SHEET = '网格';

const tierCode = codeOfLabel(gridTier);
const TIER_SHORT: Record<string, GridTier> = {
  大网格: 'big',
  中网格: 'middle',
  小网格: 'small',
  十联户: 'small',
};

/** 大网格（村）, the short 大网格 / 中网格 / 小网格 / 十联户, or the code. */
export const tierOfCell = (text: string): GridTier | undefined =>
  (tierCode(text) as GridTier | undefined) ?? TIER_SHORT[text.trim()];

/** Several grid workers in one cell, separated by 、 , ， ; or ；. */
export const splitList = (text: string | undefined): string[] =>
  text
    ? text
        .split(/[、,，;；]/)
        .map((t) => t.trim())
        .filter(Boolean)
    : [];

/** Written for a worker without a phone among workers with phones, so the positions still match. */
export const NO_PHONE = '无';

/** 网格员电话: one entry per worker in the same order; 无, - or an empty entry for none. */
export const splitPhones = (text: string | undefined): (string | null)[] =>
  text?.trim()
    ? text.split(/[、,，;；]/).map((t) => {
        const phone = t.trim();
        return phone && !['无', '-', '—'].includes(phone) ? phone : null;
      })
    : [];

export const gridSheetSpec = (villages: string[], orgs: string[]): ImportSheetSpec => ({
  name: GRID_SHEET,
  instructions: [
    '网格导入模板（振兴平台）',
    '1. 每行一个网格，按从上到下的顺序填写：大网格（村）→ 中网格（寨管委）→ 小网格（十联户）。每个村只有一个大网格。',
    '2. 上级网格填网格编码或网格名称：可以是系统中已有的网格，也可以是本表前面行中的网格（按名称查找时限同一村）；大网格不填上级。',
    '3. 网格编码一般不填，由系统按规则生成（村代码12位 + 中网格2位 + 小网格2位，大网格为村代码加“0000”）；如需沿用原有编码可填写，须符合规则且未被使用过。',
    '4. 网格员可不填；多名网格员用“、”分隔，电话按相同顺序用“、”分隔填写（11位手机号；某人没有电话填“无”）。联系党组织从下拉列表选择党支部或党小组（大网格也可选党总支）。',
    '5. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '所属村', required: true, width: 22, choices: villages },
    { key: 'tier', header: '网格层级', required: true, width: 18, choices: labelsOf(gridTier) },
    { key: 'name', header: '网格名称', required: true, width: 22 },
    {
      key: 'parent',
      header: '上级网格',
      width: 22,
      hint: '网格编码，或网格名称（系统中已有或本表前面的行）',
    },
    { key: 'worker', header: '网格员', width: 16, hint: '姓名，多人用“、”分隔' },
    { key: 'workerPhone', header: '网格员电话', text: true, width: 16, hint: '11位手机号，与网格员顺序一致' },
    { key: 'org', header: '联系党组织', width: 26, choices: orgs },
    { key: 'code', header: '网格编码', text: true, width: 18, hint: '一般不填，由系统生成' },
  ],
});
