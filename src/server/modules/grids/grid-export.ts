import { and, asc, eq, gt, ilike, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { type Grid, listGridsQuerySchema } from '../../../contracts/api/grids';
import { maskPhone } from '../../../contracts/pii';
import { gridTier } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { invalidField } from '../../platform/errors';
import { labelOf } from '../../platform/excel/cells';
import { auditedExport } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { gridSubtree, inScope, scopeOf, underRegion } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { orgChoices } from '../org/lookups';
import { BINDABLE_LEVELS } from './grid-import';
import { GRID_SHEET, NO_PHONE } from './grid-sheet';
import { toGridViews } from './grid-view';
import { loadGridInScope } from './load-grid';
import { grids, gridWorkers } from './tables';

// 导出网格: the roster with the list's filters (a village or township, the subtree under a grid)
// plus tier and a name / code search; the columns are the import template's, then 农户数.

export const gridExportQuerySchema = listGridsQuerySchema.extend({
  tier: gridTier.schema.optional(),
  /** Part of the name or of the code. */
  q: z.string().trim().max(64).optional(),
  reveal: z.enum(['true', 'false']).optional(),
  purpose: z.string().trim().max(200).optional(),
});
type Query = z.infer<typeof gridExportQuerySchema>;

type Row = Grid & {
  village: string;
  parentCode: string | null;
  org: string | null;
  names: string;
  phones: string;
};

const COLUMNS: SheetColumn<Row>[] = [
  { header: '所属村', key: 'village', width: 22, value: (g) => g.village },
  { header: '网格层级', key: 'tier', width: 18, value: (g) => labelOf(gridTier, g.tier) },
  { header: '网格名称', key: 'name', width: 22, value: (g) => g.name },
  { header: '上级网格', key: 'parent', width: 18, value: (g) => g.parentCode },
  { header: '网格员', key: 'worker', width: 16, value: (g) => g.names || null },
  { header: '网格员电话', key: 'workerPhone', width: 16, value: (g) => g.phones || null },
  { header: '联系党组织', key: 'org', width: 26, value: (g) => g.org },
  { header: '网格编码', key: 'code', width: 18, value: (g) => g.code },
  { header: '农户数', key: 'households', value: (g) => g.householdCount },
];

const BATCH = 500;

const whereOf = async (ctx: Ctx, q: Query) => {
  const conditions: (SQL | undefined)[] = [
    inScope(grids.regionCode, scopeOf(ctx.actor)),
    isNull(grids.deletedAt),
  ];
  if (q.regionCode) conditions.push(underRegion(grids.regionCode, q.regionCode));
  if (q.tier) conditions.push(eq(grids.tier, q.tier));
  if (q.q)
    conditions.push(
      or(
        ilike(grids.name, `%${escapeLike(q.q)}%`),
        // scope-check: not a filter (free-text search for digits anywhere in a grid code)
        like(grids.code, `%${escapeLike(q.q)}%`),
      ),
    );
  if (q.parentId) {
    // Everything below the grid (the list shows one level; a file holds the whole subtree).
    const top = await loadGridInScope(ctx, q.parentId);
    conditions.push(inScope(grids.code, gridSubtree(top)), gt(grids.code, top.code));
  }
  return and(...conditions);
};

/** Workers of a batch of grids: names and phones joined with 、 in the order they were added. */
const workersOf = async (ctx: Ctx, ids: string[], reveal: boolean) => {
  const rows = await ctx.db
    .select()
    .from(gridWorkers)
    .where(and(inArray(gridWorkers.gridId, ids), isNull(gridWorkers.deletedAt)))
    .orderBy(asc(gridWorkers.createdAt), asc(gridWorkers.id));
  const out = new Map<string, { names: string[]; phones: string[] }>();
  for (const w of rows) {
    const entry = out.get(w.gridId) ?? { names: [], phones: [] };
    const phone = w.phoneEnc ? ctx.pii.decrypt(w.phoneEnc) : '';
    entry.names.push(w.name);
    entry.phones.push(phone && !reveal ? maskPhone(phone) : phone || NO_PHONE);
    out.set(w.gridId, entry);
  }
  return out;
};

async function* batches(ctx: Ctx, where: SQL | undefined, reveal: boolean): AsyncGenerator<Row[]> {
  const villages = await villagesInScope(ctx);
  const orgs = await orgChoices(ctx, BINDABLE_LEVELS);
  let after = '';
  for (;;) {
    const rows = await ctx.db
      .select()
      .from(grids)
      .where(and(where, after ? gt(grids.code, after) : undefined))
      .orderBy(asc(grids.code))
      .limit(BATCH);
    if (rows.length === 0) return;
    after = rows[rows.length - 1].code;
    const views = await toGridViews(ctx, rows);
    const parentIds = [...new Set(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])))];
    const parents = parentIds.length
      ? await ctx.db
          .select({ id: grids.id, code: grids.code })
          .from(grids)
          .where(inArray(grids.id, parentIds))
      : [];
    const parentCode = new Map(parents.map((p) => [p.id, p.code]));
    const workers = await workersOf(
      ctx,
      rows.map((r) => r.id),
      reveal,
    );
    yield views.map((g) => {
      const w = workers.get(g.id);
      return {
        ...g,
        village: villages.label(g.regionCode),
        parentCode: g.parentId ? (parentCode.get(g.parentId) ?? null) : null,
        org: g.partyOrg ? (orgs.label(g.partyOrg.id) ?? g.partyOrg.name) : null,
        names: w?.names.join('、') ?? '',
        phones: w?.phones.some((p) => p !== NO_PHONE) ? w.phones.join('、') : '',
      };
    });
  }
}

/** 导出网格: phones masked unless the role may reveal and states a purpose; audited either way. */
export const exportGrids = async (ctx: Ctx, query: Query) => {
  const reveal = query.reveal === 'true';
  if (reveal && !can(ctx.actor.role, 'pii.reveal'))
    throw invalidField('reveal', '您的角色不能导出完整个人信息');
  if (reveal && (!query.purpose || query.purpose.length < 2))
    throw invalidField('purpose', '导出完整个人信息须填写事由');
  const { reveal: _r, purpose, ...filters } = query;
  // Before the audit and the stream: a grid out of scope is a 404, not a broken file.
  const where = await whereOf(ctx, filters);
  return auditedExport(ctx, {
    action: reveal ? 'grid.export_unmasked' : 'grid.export',
    entity: 'grid',
    filters: { ...filters, reveal, purpose: purpose ?? null },
    sheet: GRID_SHEET,
    columns: COLUMNS,
    batches: batches(ctx, where, reveal),
  });
};
