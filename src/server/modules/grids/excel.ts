import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Grid, listGridsQuerySchema } from '../../../contracts/api/grids';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { gridTier } from '../../../contracts/registry/enums';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, labelOf, labelsOf } from '../../platform/excel/cells';
import { auditedExport } from '../../platform/excel/export';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { rowImporter } from '../../platform/excel/row-import';
import type { Importer } from '../../platform/excel/run-import';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import { Stager } from '../../platform/excel/staging';
import type { SheetColumn } from '../../platform/excel/stream';
import { importRows } from '../../platform/excel/tables';
import { inScope, scopeOf } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { householdByNo, householdPage } from '../households/lookups';
import { orgChoices } from '../org/lookups';
import { addGridWorker } from './add-grid-worker';
import { underRegion, villageOf } from './assert-village';
import { createGrid } from './create-grid';
import { toGridViews } from './grid-view';
import { grids, gridWorkers } from './tables';

// 网格 in Excel. Sheet 网格: one row per grid, top-down (a parent is a grid code already in the
// system or a grid named on an earlier row of the same village); codes are numbered by the system
// as the form does. Sheet 户网格归属: household → small grid, applied in one UPDATE at commit
// (a county has 100k households), moving a household that sat in another small grid.

const GRID_SHEET = '网格';
const tierCode = codeOfLabel(gridTier);
const TIER_SHORT: Record<string, string> = {
  大网格: 'big',
  中网格: 'middle',
  小网格: 'small',
  十联户: 'small',
};

export const gridSheetSpec = (villages: string[], orgs: string[]): ImportSheetSpec => ({
  name: GRID_SHEET,
  instructions: [
    '网格导入模板（振兴平台）',
    '1. 每行一个网格，按从上到下的顺序填写：大网格（村）→ 中网格（寨管委）→ 小网格（十联户）。',
    '2. 上级网格填系统中已有网格的编码，或本表前面各行中同一村的网格名称；大网格不填上级。网格编码由系统按规则生成（村代码+2位+2位）。',
    '3. 网格员可不填；填写时姓名必填，电话为11位手机号。联系党组织从下拉列表选择党支部或党小组。',
    '4. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '所属村', required: true, width: 22, choices: villages },
    { key: 'tier', header: '网格层级', required: true, width: 18, choices: labelsOf(gridTier) },
    { key: 'name', header: '网格名称', required: true, width: 22 },
    { key: 'parent', header: '上级网格', width: 22, hint: '网格编码，或本表前面的网格名称' },
    { key: 'worker', header: '网格员', hint: '姓名' },
    { key: 'workerPhone', header: '网格员电话', text: true, width: 14 },
    { key: 'org', header: '联系党组织', width: 26, choices: orgs },
  ],
});

interface GridBody {
  row: number;
  tier: 'big' | 'middle' | 'small';
  regionCode: string;
  name: string;
  parentId: string | null;
  parentRow: number | null;
  partyOrgId: string | null;
  worker: { name: string; phone: string | null } | null;
}
interface GridLookups {
  resolveVillage: (text: string) => string | undefined;
  orgs: Awaited<ReturnType<typeof orgChoices>>;
  named: Map<string, number>;
  created: Map<number, string>;
}

const gridByCode = async (ctx: Ctx, code: string) => {
  const [row] = await ctx.db
    .select({ id: grids.id, tier: grids.tier, regionCode: grids.regionCode })
    .from(grids)
    .where(and(eq(grids.code, code), inScope(grids.regionCode, scopeOf(ctx.actor)), isNull(grids.deletedAt)))
    .limit(1);
  return row;
};

const gridBody = async (ctx: Ctx, r: SheetRow, l: GridLookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const regionCode = c.village ? l.resolveVillage(c.village) : undefined;
  if (!c.village) bad('village', '请选择所属村');
  else if (!regionCode) bad('village', '村不存在或不在您的管辖范围内');
  const tier = c.tier ? (tierCode(c.tier) ?? TIER_SHORT[c.tier]) : undefined;
  if (!tier) bad('tier', '网格层级应为大网格、中网格或小网格');
  if (!c.name) bad('name', '请填写网格名称');
  else if (c.name.length > 64) bad('name', '网格名称最多64字');
  let parentId: string | null = null;
  let parentRow: number | null = null;
  if (tier === 'big' && c.parent) bad('parent', '大网格不填上级网格');
  if (tier && tier !== 'big') {
    if (!c.parent) bad('parent', '中网格、小网格须填写上级网格');
    else {
      const earlier = regionCode ? l.named.get(`${regionCode}|${c.parent}`) : undefined;
      const existing = earlier ? undefined : await gridByCode(ctx, c.parent);
      if (earlier) parentRow = earlier;
      else if (existing && regionCode && existing.regionCode !== regionCode)
        bad('parent', '上级网格不在所填的村');
      else if (existing) parentId = existing.id;
      else bad('parent', '上级网格不存在、不在您的管辖范围内，或未在本表前面的行中填写');
    }
  }
  let partyOrgId: string | null = null;
  if (c.org) {
    const org = l.orgs.resolve(c.org);
    if (!org) bad('org', '党组织不存在或不在您的管辖范围内');
    else partyOrgId = org.id;
  }
  if (c.workerPhone && !PHONE_PATTERN.test(c.workerPhone)) bad('workerPhone', '网格员电话应为11位手机号');
  if (c.workerPhone && !c.worker) bad('worker', '填写了网格员电话，请同时填写网格员姓名');
  if (c.worker && c.worker.length > 32) bad('worker', '网格员姓名最多32字');
  if (regionCode && c.name) {
    const key = `${regionCode}|${c.name}`;
    if (l.named.has(key)) bad('name', `与第${l.named.get(key)}行的网格同名（同一村内）`);
    else l.named.set(key, r.row);
  }
  if (errors.count > before || !regionCode || !tier || !c.name) return undefined;
  return {
    row: r.row,
    tier,
    regionCode,
    name: c.name,
    parentId,
    parentRow,
    partyOrgId,
    worker: c.worker ? { name: c.worker, phone: c.workerPhone ?? null } : null,
  } as GridBody;
};

const createFromRow = async (tx: Ctx, body: GridBody, l: GridLookups) => {
  const parentId = body.parentRow ? l.created.get(body.parentRow) : body.parentId;
  // The parent's row failed: its own error is reported; this row waits for the fix.
  if (body.parentRow && !parentId) return;
  const grid = await createGrid(tx, {
    tier: body.tier,
    name: body.name,
    partyOrgId: body.partyOrgId,
    ...(body.tier === 'big' ? { regionCode: body.regionCode } : { parentId: parentId as string }),
  });
  l.created.set(body.row, grid.id);
  if (body.worker) await addGridWorker(tx, grid.id, body.worker);
};

const gridImporter = async (ctx: Ctx, fileName: string) => {
  const [villages, orgs] = await Promise.all([villagesInScope(ctx), orgChoices(ctx, ['branch', 'group'])]);
  return rowImporter(
    {
      registry: 'grids',
      spec: gridSheetSpec(villages.labels, orgs.labels),
      action: 'grid.import',
      entity: 'grid',
      lookups: async () => ({ resolveVillage: villages.resolve, orgs, named: new Map(), created: new Map() }),
      toBody: gridBody,
      create: createFromRow,
      fieldColumns: {
        regionCode: 'village',
        parentId: 'parent',
        name: 'name',
        tier: 'tier',
        partyOrgId: 'org',
        phone: 'workerPhone',
      },
      defaultColumn: 'name',
    },
    fileName,
  );
};

type GridRow = Grid & { parentCode: string | null; workers: string };
const GRID_COLUMNS: SheetColumn<GridRow>[] = [
  { header: '所属村', key: 'village', width: 22, value: (g) => g.regionName },
  { header: '网格层级', key: 'tier', width: 18, value: (g) => labelOf(gridTier, g.tier) },
  { header: '网格名称', key: 'name', width: 22, value: (g) => g.name },
  { header: '上级网格', key: 'parent', width: 22, value: (g) => g.parentCode },
  { header: '网格员', key: 'worker', value: (g) => g.workers || null },
  { header: '网格员电话', key: 'workerPhone', value: () => null },
  { header: '联系党组织', key: 'org', width: 26, value: (g) => g.partyOrg?.name ?? null },
  { header: '网格编码', key: 'code', width: 18, value: (g) => g.code },
  { header: '农户数', key: 'households', value: (g) => g.householdCount },
];

const gridExportQuery = listGridsQuerySchema.pick({ regionCode: true });
const BATCH = 500;

/** Every grid of the scope (or of one township / village), in code order, batch by batch. */
async function* allGrids(ctx: Ctx, regionCode: string | undefined): AsyncGenerator<GridRow[]> {
  let after = '';
  for (;;) {
    const rows = await ctx.db
      .select()
      .from(grids)
      .where(
        and(
          inScope(grids.regionCode, scopeOf(ctx.actor)),
          isNull(grids.deletedAt),
          regionCode ? underRegion(grids.regionCode, regionCode) : undefined,
          after ? gt(grids.code, after) : undefined,
        ),
      )
      .orderBy(asc(grids.code))
      .limit(BATCH);
    if (rows.length === 0) return;
    after = rows[rows.length - 1].code;
    const views = await toGridViews(ctx, rows);
    const codes = new Map(rows.map((r) => [r.id, r.code]));
    const parents = new Map<string, string>();
    for (const r of rows) if (r.parentId && codes.has(r.parentId)) parents.set(r.id, codes.get(r.parentId)!);
    const workers = await ctx.db
      .select({ gridId: gridWorkers.gridId, name: gridWorkers.name })
      .from(gridWorkers)
      .where(
        and(
          inArray(
            gridWorkers.gridId,
            rows.map((r) => r.id),
          ),
          isNull(gridWorkers.deletedAt),
        ),
      )
      .orderBy(asc(gridWorkers.createdAt));
    const names = new Map<string, string>();
    for (const w of workers)
      names.set(w.gridId, names.has(w.gridId) ? `${names.get(w.gridId)}、${w.name}` : w.name);
    yield views.map((g) => ({
      ...g,
      parentCode: g.parentId ? (parents.get(g.id) ?? null) : null,
      workers: names.get(g.id) ?? '',
    }));
  }
}

export const gridExcelRoutes = registryExcelRoutes({
  base: '/api/grids',
  registry: 'grids',
  tag: 'grids',
  title: '网格',
  writePermission: 'grids.write',
  readPermission: 'grids.read',
  spec: async (ctx) =>
    gridSheetSpec((await villagesInScope(ctx)).labels, (await orgChoices(ctx, ['branch', 'group'])).labels),
  importer: gridImporter,
  exportQuery: gridExportQuery,
  exportRows: (ctx, query) =>
    auditedExport(ctx, {
      action: 'grid.export',
      entity: 'grid',
      filters: query,
      sheet: GRID_SHEET,
      columns: GRID_COLUMNS,
      batches: allGrids(ctx, query.regionCode),
    }),
});

// 户网格归属

const ASSIGN_SHEET = '户网格归属';
export const assignmentSheetSpec = (): ImportSheetSpec => ({
  name: ASSIGN_SHEET,
  instructions: [
    '户网格归属导入模板（振兴平台）',
    '1. 每行一户：户编号、户主姓名（须与登记一致）和所属小网格（十联户）的网格编码。',
    '2. 每户只属于一个小网格：已在其他小网格的户会被调整到新网格。农户与网格须在同一村。',
    '3. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'householdNo', header: '户编号', required: true, text: true, width: 16 },
    { key: 'headName', header: '户主姓名', required: true },
    { key: 'gridCode', header: '小网格编码', required: true, text: true, width: 18 },
    { key: 'gridName', header: '小网格名称', hint: '仅供核对，导入时不读取' },
  ],
});

interface AssignState {
  pairs: number;
  moved: number;
}

/** Household → small grid: checked row by row, staged, then one UPDATE in the commit. */
const assignmentImporter = async (_ctx: Ctx, fileName: string): Promise<Importer<AssignState>> => ({
  registry: 'gridAssignments',
  spec: assignmentSheetSpec(),
  singlePass: true,
  async check(c, rows, errors, progress, jobId) {
    const stager = new Stager(c.db, jobId, 'assignment');
    const gridCache = new Map<string, Awaited<ReturnType<typeof gridByCode>>>();
    const seen = new Map<string, number>();
    const state: AssignState = { pairs: 0, moved: 0 };
    let count = 0;
    for await (const r of rows) {
      const cells = r.cells;
      const bad = (key: string, message: string) => errors.add(r.row, key, message);
      const before = errors.count;
      if (!cells.householdNo) bad('householdNo', '请填写户编号');
      if (!cells.gridCode) bad('gridCode', '请填写小网格编码');
      const first = cells.householdNo ? seen.get(cells.householdNo) : undefined;
      if (first) bad('householdNo', `与第${first}行是同一户`);
      else if (cells.householdNo) seen.set(cells.householdNo, r.row);
      const household = cells.householdNo && !first ? await householdByNo(c, cells.householdNo) : undefined;
      if (cells.householdNo && !first && !household) bad('householdNo', '户编号不存在或不在您的管辖范围内');
      if (household && cells.headName && household.headName !== cells.headName)
        bad('headName', `户主姓名与登记不一致（登记为“${household.headName ?? '无'}”）`);
      if (!cells.headName) bad('headName', '请填写户主姓名');
      let grid: Awaited<ReturnType<typeof gridByCode>> | undefined;
      if (cells.gridCode) {
        if (!gridCache.has(cells.gridCode))
          gridCache.set(cells.gridCode, await gridByCode(c, cells.gridCode));
        grid = gridCache.get(cells.gridCode);
        if (!grid) bad('gridCode', '网格编码不存在或不在您的管辖范围内');
        else if (grid.tier !== 'small') bad('gridCode', '只能把农户分配到小网格（十联户）');
        else if (household && villageOf(household.regionCode) !== grid.regionCode)
          bad('gridCode', '农户与网格不在同一村');
      }
      if (errors.count === before && household && grid) {
        state.pairs++;
        if (household.gridId && household.gridId !== grid.id) state.moved++;
        if (errors.count === 0)
          await stager.add({ household_id: household.id, grid_id: grid.id, from_grid_id: household.gridId });
      }
      await progress(++count);
    }
    await stager.flush();
    return state;
  },
  async commit(tx, jobId, state) {
    await tx.db.execute(sql`
      update households h set grid_id = (r.payload->>'grid_id')::uuid, updated_at = now()
      from ${importRows} r
      where r.job_id = ${jobId} and r.kind = 'assignment' and h.id = (r.payload->>'household_id')::uuid`);
    const counts = { households: state.pairs, moved: state.moved };
    await writeAudit(tx.db, tx, {
      action: 'grid.import_assignments',
      entity: 'grid',
      regionCode: tx.actor.scopeCode,
      diff: { file: fileName, ...counts },
    });
    return counts;
  },
  rowCount: (state) => state.pairs,
});

type AssignRow = {
  householdNo: string;
  headName: string | null;
  gridCode: string | null;
  gridName: string | null;
};
const ASSIGN_COLUMNS: SheetColumn<AssignRow>[] = [
  { header: '户编号', key: 'householdNo', width: 16, value: (r) => r.householdNo },
  { header: '户主姓名', key: 'headName', value: (r) => r.headName },
  { header: '小网格编码', key: 'gridCode', width: 18, value: (r) => r.gridCode },
  { header: '小网格名称', key: 'gridName', width: 22, value: (r) => r.gridName },
];

const assignExportQuery = z.object({ regionCode: listGridsQuerySchema.shape.regionCode });

/** Households of the scope (or a township / village) with their small grid, by household number. */
async function* assignments(ctx: Ctx, regionCode: string | undefined): AsyncGenerator<AssignRow[]> {
  let after = '';
  for (;;) {
    const page = await householdPage(ctx, { regionCode, after, limit: 1000 });
    if (page.length === 0) return;
    after = page[page.length - 1].householdNo;
    const ids = [...new Set(page.flatMap((h) => (h.gridId ? [h.gridId] : [])))];
    const named = ids.length
      ? await ctx.db
          .select({ id: grids.id, code: grids.code, name: grids.name })
          .from(grids)
          .where(and(inArray(grids.id, ids), inScope(grids.regionCode, scopeOf(ctx.actor))))
      : [];
    const byId = new Map(named.map((g) => [g.id, g]));
    yield page.map((h) => ({
      householdNo: h.householdNo,
      headName: h.headName,
      gridCode: h.gridId ? (byId.get(h.gridId)?.code ?? null) : null,
      gridName: h.gridId ? (byId.get(h.gridId)?.name ?? null) : null,
    }));
  }
}

export const gridAssignmentExcelRoutes = registryExcelRoutes({
  base: '/api/grids/assignments',
  registry: 'gridAssignments',
  tag: 'grids',
  title: '户网格归属',
  writePermission: 'grids.write',
  readPermission: 'grids.read',
  spec: async () => assignmentSheetSpec(),
  importer: assignmentImporter,
  exportQuery: assignExportQuery,
  exportRows: (ctx, query) =>
    auditedExport(ctx, {
      action: 'grid.export_assignments',
      entity: 'grid',
      filters: query,
      sheet: ASSIGN_SHEET,
      columns: ASSIGN_COLUMNS,
      batches: assignments(ctx, query.regionCode),
    }),
});
