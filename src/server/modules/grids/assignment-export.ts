import { and, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { listGridsQuerySchema } from '../../../contracts/api/grids';
import type { Ctx } from '../../platform/context';
import { auditedExport } from '../../platform/excel/export';
import { exportColumns } from '../../platform/excel/spec-columns';
import { inScope, scopeOf } from '../../platform/scope';
import { householdPage } from '../households/lookups';
import { ASSIGN_SHEET, assignmentSheetSpec } from './assignment-sheet';
import { grids } from './tables';

// 导出户网格归属: every household of a village (or township, or the whole scope) with its small
// grid, in household-number order; the columns are the import template's.

export const assignmentExportQuerySchema = z.object({ regionCode: listGridsQuerySchema.shape.regionCode });

type Row = { householdNo: string; headName: string | null; gridCode: string | null; gridName: string | null };

/** The import's columns (spec-columns.ts): the export imports back unchanged. */
const COLUMNS = exportColumns<Row>(assignmentSheetSpec(), {
  householdNo: (r) => r.householdNo,
  headName: (r) => r.headName,
  gridCode: (r) => r.gridCode,
  gridName: (r) => r.gridName,
});

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
