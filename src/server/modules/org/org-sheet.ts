import { REGION_CODE_PATTERN } from '../../../contracts/region-code';
import { orgKind, orgLevel } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { labelsOf } from '../../platform/excel/cells';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import { isInScope, scopeOf } from '../../platform/scope';
import { placesInScope } from '../households/import-villages';
import { regionNames } from '../regions/region-view';

// The 党组织 sheet: one row per organization, its columns the fields of the create form.

export const ORG_SHEET = '党组织';

export const orgSheetSpec = (places: string[], orgs: string[]): ImportSheetSpec => ({
  name: ORG_SHEET,
  instructions: [
    '党组织导入模板（振兴平台）',
    '1. 每行一个党组织，按从上到下的顺序填写：上级党组织可以是系统中已有的（从下拉列表选择，也可填组织编号），也可以是本表前面各行中填写的组织名称（须写在下级之前）。',
    '2. 层级须低于上级（党委 → 党总支 → 党支部 → 党小组），党小组下不能再设组织；所属区划须在上级的区划之内（联合党组织、产业党支部可在上级所在乡镇内跨村）。',
    '3. 所属区划从下拉列表选择乡镇或“乡镇/村”，也可填12位区划代码。',
    '4. 同一上级党组织下不能有两个同名组织（没有上级的，同一区划内不能同名）；上级名称在本表中出现多次时，请写成“名称（村名）”。',
    '5. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'name', header: '组织名称', required: true, width: 30, hint: '最多64字' },
    { key: 'level', header: '组织层级', required: true, choices: labelsOf(orgLevel) },
    { key: 'kind', header: '组织类别', required: true, width: 20, choices: labelsOf(orgKind) },
    { key: 'region', header: '所属区划', required: true, width: 24, choices: places },
    {
      key: 'parent',
      header: '上级党组织',
      width: 30,
      choices: orgs,
      hint: '已有组织从下拉列表选择，或填本表前面行的组织名称；最上级的组织留空',
    },
    { key: 'establishedOn', header: '成立日期', hint: '如 2018-07-01' },
    { key: 'sortOrder', header: '排序号', hint: '0–9999 的整数，同级组织按此排列，可不填' },
  ],
});

/**
 * The places a row may name: townships and "乡镇/村" of the caller's scope, or any 12-digit code
 * of a region inside the scope (a county's own 县委 sits on the county's code).
 */
export const orgPlaces = async (ctx: Ctx) => {
  const places = await placesInScope(ctx, ['township', 'village']);
  const known = new Map<string, boolean>();
  const resolve = async (text: string): Promise<string | undefined> => {
    const found = places.resolve(text);
    const code = text.trim();
    if (found || !REGION_CODE_PATTERN.test(code) || !isInScope(code, scopeOf(ctx.actor))) return found;
    if (!known.has(code)) known.set(code, (await regionNames(ctx.db, [code])).has(code));
    return known.get(code) ? code : undefined;
  };
  return { labels: places.labels, label: places.label, resolve };
};

/**
 * Organizations in tree order, each after its parent (so an export can be imported again top-down);
 * one whose parent is not among them starts a branch of its own. Siblings keep the given order.
 */
export const treeOrder = <T extends { id: string; parentId: string | null }>(rows: T[]): T[] => {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const r of rows) {
    if (r.parentId && ids.has(r.parentId)) {
      const list = children.get(r.parentId) ?? [];
      list.push(r);
      children.set(r.parentId, list);
    } else roots.push(r);
  }
  const out: T[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const r = stack.pop() as T;
    out.push(r);
    stack.push(...[...(children.get(r.id) ?? [])].reverse());
  }
  // A loop of parents (never made by the use cases) would leave rows unreached: keep them last.
  if (out.length < rows.length) {
    const placed = new Set(out.map((r) => r.id));
    out.push(...rows.filter((r) => !placed.has(r.id)));
  }
  return out;
};
