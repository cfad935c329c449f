import { and, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { listGridsQuerySchema } from '../../../contracts/api/grids';
import type { Ctx } from '../../platform/context';
import { auditedExport } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { inScope, scopeOf } from '../../platform/scope';
import { householdPage } from '../households/lookups';
import { ASSIGN_SHEET } from './assignment-sheet';
import { grids } from './tables';

// 导出户网格归属: every household of a village (or township, or the whole scope) with its small
// grid, in household-number order; the columns are the import template's.

export const assignmentExportQuerySchema = z.object({ regionCode: listGridsQuerySchema.shape.regionCode });

type Row = { householdNo: string; headName: string | null; gridCode: string | null; gridName: string | null };

const COLUMNS: SheetColumn<Row>[] = [
  { header: '户编号', key: 'householdNo', width: 16, value: (r) => r.householdNo },
  { header: '户主姓名', key: 'headName', value: (r) => r.headName },
  { header: '小网格编码', key: 'gridCode', width: 18, value: (r) => r.gridCode },
  { header: '小网格名称', key: 'gridName', width: 22, value: (r) => r.gridName },
];

async function* assignments(ctx: Ctx, regionCode: string | undefined): AsyncGenerator<Row[]> {
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
    yield page.map((h) => {
      const grid = h.gridId ? byId.get(h.gridId) : undefined;
      return {
        householdNo: h.householdNo,
        headName: h.headName,
        gridCode: grid?.code ?? null,
        gridName: grid?.name ?? null,
      };
    });
  }
}

export const exportAssignments = (ctx: Ctx, query: z.infer<typeof assignmentExportQuerySchema>) =>
  auditedExport(ctx, {
    action: 'grid.export_assignments',
    entity: 'grid',
    filters: query,
    sheet: ASSIGN_SHEET,
    columns: COLUMNS,
    batches: assignments(ctx, query.regionCode),
  });
