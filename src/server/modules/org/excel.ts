import type { z } from 'zod';
import { type CreateOrgBody, listOrgsQuerySchema, type Org } from '../../../contracts/api/org';
import { orgKind, orgLevel } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, labelOf, labelsOf, parseDateCell } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { rowImporter } from '../../platform/excel/row-import';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import type { SheetColumn } from '../../platform/excel/stream';
import { placesInScope } from '../households/import-villages';
import { createOrg } from './create-org';
import { listOrgs } from './list-orgs';
import { orgChoices } from './lookups';

// 党组织 in Excel: one row per organization. The parent is an organization already in scope
// (from the drop-down) or one named on an earlier row of the same file, so a whole township's
// tree can be entered top-down in one sheet. Rows are created through createOrg in file order.

const SHEET = '党组织';
const levelCode = codeOfLabel(orgLevel);
const kindCode = codeOfLabel(orgKind);

export const orgSheetSpec = (places: string[], orgs: string[]): ImportSheetSpec => ({
  name: SHEET,
  instructions: [
    '党组织导入模板（振兴平台）',
    '1. 每行一个党组织，按从上到下的顺序填写：上级党组织可以是系统中已有的（从下拉列表选择），也可以是本表前面各行中填写的组织名称。',
    '2. 层级须低于上级（党委 → 党总支 → 党支部 → 党小组），所属区划须在上级的区划之内。',
    '3. 所属区划从下拉列表选择乡镇或“乡镇/村”，也可填12位区划代码。',
    '4. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'name', header: '组织名称', required: true, width: 30, hint: '最多64字' },
    { key: 'level', header: '组织层级', required: true, choices: labelsOf(orgLevel) },
    { key: 'kind', header: '组织类别', required: true, width: 20, choices: labelsOf(orgKind) },
    { key: 'region', header: '所属区划', required: true, width: 24, choices: places },
    { key: 'parent', header: '上级党组织', width: 30, choices: orgs, hint: '县级党委下的乡镇党委可留空' },
    { key: 'establishedOn', header: '成立日期', hint: '如 2018-07-01' },
  ],
});

type OrgBody = Omit<CreateOrgBody, 'parentId'> & {
  parentId: string | null;
  parentRow: number | null;
  row: number;
};
interface Lookups {
  places: Awaited<ReturnType<typeof placesInScope>>;
  orgs: Awaited<ReturnType<typeof orgChoices>>;
  /** Names given on earlier rows → row; ids of the rows created so far. */
  named: Map<string, number>;
  created: Map<number, string>;
}

const toBody = async (_ctx: Ctx, r: SheetRow, l: Lookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  if (!c.name) bad('name', '请填写组织名称');
  else if (c.name.length > 64) bad('name', '组织名称最多64字');
  const level = c.level ? levelCode(c.level) : undefined;
  if (!level) bad('level', '组织层级应为党委、党总支、党支部或党小组');
  const kind = c.kind ? kindCode(c.kind) : undefined;
  if (!kind) bad('kind', '组织类别不在下拉列表中');
  const regionCode = c.region ? l.places.resolve(c.region) : undefined;
  if (!c.region) bad('region', '请选择所属区划');
  else if (!regionCode) bad('region', '区划不存在或不在您的管辖范围内');
  const establishedOn = c.establishedOn ? parseDateCell(c.establishedOn) : null;
  if (establishedOn === undefined) bad('establishedOn', '成立日期格式不正确，如 2018-07-01');
  let parentId: string | null = null;
  let parentRow: number | null = null;
  if (c.parent) {
    const earlier = l.named.get(c.parent);
    const existing = l.orgs.resolve(c.parent);
    if (earlier) parentRow = earlier;
    else if (existing) parentId = existing.id;
    else bad('parent', '上级党组织不存在、不在您的管辖范围内，或未在本表前面的行中填写');
  }
  if (c.name) {
    if (l.named.has(c.name)) bad('name', `与第${l.named.get(c.name)}行的组织同名`);
    else l.named.set(c.name, r.row);
  }
  if (errors.count > before || !level || !kind || !regionCode || !c.name) return undefined;
  return {
    name: c.name,
    level,
    kind,
    regionCode,
    establishedOn,
    parentId,
    parentRow,
    row: r.row,
  } as OrgBody;
};

const orgImporter = async (ctx: Ctx, fileName: string) => {
  const [places, orgs] = await Promise.all([placesInScope(ctx, ['township', 'village']), orgChoices(ctx)]);
  return rowImporter(
    {
      registry: 'orgs',
      spec: orgSheetSpec(places.labels, orgs.labels),
      action: 'org.import',
      entity: 'party_org',
      lookups: async () => ({ places, orgs, named: new Map(), created: new Map() }),
      toBody,
      create: async (tx, { parentRow, row, ...body }, l) => {
        const parentId = parentRow ? (l.created.get(parentRow) ?? null) : body.parentId;
        // A parent row that failed has no id: this row waits for the parent's fix.
        if (parentRow && !parentId) return;
        const created = await createOrg(tx, { ...body, parentId });
        l.created.set(row, created.id);
      },
      fieldColumns: {
        name: 'name',
        level: 'level',
        kind: 'kind',
        regionCode: 'region',
        parentId: 'parent',
        establishedOn: 'establishedOn',
      },
      defaultColumn: 'parent',
    },
    fileName,
  );
};

type Row = Org & { parentLabel: string | null; placeLabel: string };
const COLUMNS: SheetColumn<Row>[] = [
  { header: '组织名称', key: 'name', width: 30, value: (o) => o.name },
  { header: '组织层级', key: 'level', value: (o) => labelOf(orgLevel, o.level) },
  { header: '组织类别', key: 'kind', width: 20, value: (o) => labelOf(orgKind, o.kind) },
  { header: '所属区划', key: 'region', width: 24, value: (o) => o.placeLabel },
  { header: '上级党组织', key: 'parent', width: 30, value: (o) => o.parentLabel },
  { header: '成立日期', key: 'establishedOn', value: (o) => o.establishedOn },
  { header: '党员数', key: 'members', value: (o) => o.memberCount },
];

const exportQuery = listOrgsQuerySchema.omit({ page: true, pageSize: true });
const exportOrgs = async (ctx: Ctx, query: z.infer<typeof exportQuery>) => {
  const [orgs, places] = await Promise.all([orgChoices(ctx), placesInScope(ctx, ['township', 'village'])]);
  async function* batches() {
    for await (const items of pages((page, pageSize) => listOrgs(ctx, { ...query, page, pageSize })))
      yield items.map((o) => ({
        ...o,
        parentLabel: o.parentId ? orgs.label(o.parentId) : null,
        placeLabel: places.label(o.regionCode),
      }));
  }
  return auditedExport(ctx, {
    action: 'org.export',
    entity: 'party_org',
    filters: query,
    sheet: SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};

/** 党组织 in Excel: template, import (top-down, parents from the file or the database), export. */
export const orgExcelRoutes = registryExcelRoutes({
  base: '/api/orgs',
  registry: 'orgs',
  tag: 'org',
  title: '党组织',
  writePermission: 'org.write',
  readPermission: 'org.read',
  spec: async (ctx) =>
    orgSheetSpec((await placesInScope(ctx, ['township', 'village'])).labels, (await orgChoices(ctx)).labels),
  importer: orgImporter,
  exportQuery,
  exportRows: exportOrgs,
});
