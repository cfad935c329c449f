import { and, asc, count, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Coded, gridTier } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { gridSubtree, inScope, isInScope } from '../../platform/scope';
import { householdCountsByGrid } from '../households/grid-lookups';
import { orgSummaries } from '../org/lookups';
import { regionNames } from '../regions/region-view';
import type { GridRow } from './load-grid';
import { grids, gridWorkers } from './tables';

/** Grids with their bound organization, child, household and worker counts, in a few queries. */
export const toGridViews = async (ctx: Ctx, rows: GridRow[]) => {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const smallGrids = await ctx.db
    .select({ id: grids.id, code: grids.code })
    .from(grids)
    .where(
      and(
        isNull(grids.deletedAt),
        or(...rows.map((r) => inScope(grids.code, gridSubtree(r)))),
        eq(grids.tier, 'small'),
      ),
    );
  // One after the other: inside a transaction the queries share one connection.
  const children = await ctx.db
    .select({ parentId: grids.parentId, n: count() })
    .from(grids)
    .where(and(inArray(grids.parentId, ids), isNull(grids.deletedAt)))
    .groupBy(grids.parentId);
  const workers = await ctx.db
    .select({ gridId: gridWorkers.gridId, n: count() })
    .from(gridWorkers)
    .where(and(inArray(gridWorkers.gridId, ids), isNull(gridWorkers.deletedAt)))
    .groupBy(gridWorkers.gridId);
  const households = await householdCountsByGrid(
    ctx,
    smallGrids.map((g) => g.id),
  );
  const orgs = await orgSummaries(
    ctx,
    rows.flatMap((r) => (r.partyOrgId ? [r.partyOrgId] : [])),
  );
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => {
    const org = r.partyOrgId ? orgs.get(r.partyOrgId) : undefined;
    const subtree = gridSubtree(r);
    return {
      id: r.id,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? r.regionCode,
      parentId: r.parentId,
      tier: r.tier as Coded<typeof gridTier>,
      code: r.code,
      name: r.name,
      partyOrg: org ? { id: org.id, name: org.name } : null,
      childCount: children.find((c) => c.parentId === r.id)?.n ?? 0,
      householdCount: smallGrids
        .filter((g) => isInScope(g.code, subtree))
        .reduce((sum, g) => sum + (households.get(g.id) ?? 0), 0),
      workerCount: workers.find((w) => w.gridId === r.id)?.n ?? 0,
    };
  });
};

export const toGridView = async (ctx: Ctx, row: GridRow) => (await toGridViews(ctx, [row]))[0];

export const gridsByCode = asc(grids.code);
