import { sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { selectRows } from '../../platform/db/select-rows';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import type { Importer } from '../../platform/excel/run-import';
import { Stager } from '../../platform/excel/staging';
import { importRows } from '../../platform/excel/tables';
import { inVillage, villageOf } from '../../platform/scope';
import { type HouseholdSummary, householdByNo } from '../households/lookups';
import { assignmentSheetSpec } from './assignment-sheet';
import { type FoundGrid, gridByCode } from './import-lookups';

// 户网格归属 from Excel: the same rules as POST /api/grids/:gridId/households (a small grid of
// the household's own village, in the caller's scope), checked row by row; the pairs are staged
// and applied in the commit by one UPDATE … FROM the staged rows, with one audit row that keeps
// where every moved household came from (as the route's audit does).

const KIND = 'assignment';

interface AssignState {
  pairs: number;
  moved: number;
}

interface AssignLookups {
  grids: Map<string, FoundGrid | undefined>;
  /** First row of each household number. */
  seen: Map<string, number>;
}

/**
 * Pass 1 for one row: the household and the small grid, or its problems in `errors`. A row
 * without a grid code (a household the export listed as not yet assigned) is checked and left as
 * it is, so an export imports back unchanged.
 */
const checkRow = async (
  ctx: Ctx,
  r: SheetRow,
  l: AssignLookups,
  errors: ImportErrors,
): Promise<{ household: HouseholdSummary; grid: FoundGrid } | undefined> => {
  const { householdNo, headName, gridCode } = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  if (!householdNo) bad('householdNo', '请填写户编号');
  if (!headName) bad('headName', '请填写户主姓名');
  const first = householdNo ? l.seen.get(householdNo) : undefined;
  if (first) bad('householdNo', `与第${first}行是同一户（每户只属于一个小网格）`);
  else if (householdNo) l.seen.set(householdNo, r.row);
  const household = householdNo && !first ? await householdByNo(ctx, householdNo) : undefined;
  if (householdNo && !first && !household) bad('householdNo', '户编号不存在或不在您的管辖范围内');
  if (household && headName && household.headName !== headName)
    bad('headName', `户主姓名与登记不一致（登记为“${household.headName ?? '无'}”）`);
  let grid: FoundGrid | undefined;
  if (gridCode) {
    if (!l.grids.has(gridCode)) l.grids.set(gridCode, await gridByCode(ctx, gridCode));
    grid = l.grids.get(gridCode);
    if (!grid) bad('gridCode', '网格编码不存在或不在您的管辖范围内');
    else if (grid.tier !== 'small') bad('gridCode', '只能把农户分配到小网格（十联户）');
    else if (household && villageOf(household.regionCode) !== grid.regionCode)
      bad('gridCode', '农户与网格不在同一村');
  }
  return errors.count === before && household && grid ? { household, grid } : undefined;
};

/** One UPDATE … FROM the staged pairs; a household or grid changed since the check stops the import. */
const applyStaged = async (tx: Ctx, jobId: string): Promise<number> => {
  const [{ n }] = await selectRows<{ n: number }>(
    tx.db,
    sql`
      with staged as (
        select (r.payload->>'household_id')::uuid as household_id,
               (r.payload->>'grid_id')::uuid as grid_id,
               (r.payload->>'from_grid_id')::uuid as from_grid_id
        from ${importRows} r
        where r.job_id = ${jobId} and r.kind = ${KIND}
      ), updated as (
        update households h set grid_id = s.grid_id, updated_at = now()
        from staged s join grids g on g.id = s.grid_id and g.tier = 'small' and g.deleted_at is null
        where h.id = s.household_id and h.deleted_at is null
          and ${inVillage(sql`h.region_code`, sql`g.region_code`)}
          and h.grid_id is not distinct from s.from_grid_id
        returning h.id
      )
      select count(*)::int as n from updated`,
  );
  return n;
};

/** The moved households (from one small grid to another), for the audit row. */
const movesOf = async (tx: Ctx, jobId: string) => {
  const rows = await selectRows<{ h: string; f: string; t: string }>(
    tx.db,
    sql`
      select r.payload->>'household_id' as h, r.payload->>'from_grid_id' as f, r.payload->>'grid_id' as t
      from ${importRows} r
      where r.job_id = ${jobId} and r.kind = ${KIND}
        and r.payload->>'from_grid_id' is not null and r.payload->>'from_grid_id' <> r.payload->>'grid_id'
      order by r.seq`,
  );
  return {
    householdIds: rows.map((r) => r.h),
    fromGrids: rows.map((r) => r.f),
    toGrids: rows.map((r) => r.t),
  };
};

export const assignmentImporter = async (_ctx: Ctx, fileName: string): Promise<Importer<AssignState>> => ({
  registry: 'gridAssignments',
  spec: assignmentSheetSpec(),
  singlePass: true,
  async check(c, rows, errors, progress, jobId) {
    const stager = new Stager(c.db, jobId, KIND);
    const lookups: AssignLookups = { grids: new Map(), seen: new Map() };
    const state: AssignState = { pairs: 0, moved: 0 };
    let count = 0;
    for await (const r of rows) {
      const pair = await checkRow(c, r, lookups, errors);
      if (pair) {
        const { household, grid } = pair;
        state.pairs++;
        if (household.gridId && household.gridId !== grid.id) state.moved++;
        // Staging stops at the first error; the rest of the file is still checked.
        if (errors.count === 0)
          await stager.add({ household_id: household.id, grid_id: grid.id, from_grid_id: household.gridId });
      }
      await progress(++count);
    }
    await stager.flush();
    return state;
  },
  async commit(tx, jobId, state) {
    const applied = await applyStaged(tx, jobId);
    if (applied !== state.pairs) throw new Error('检查之后有农户或网格被修改，未导入任何数据，请重新导入');
    const counts = { households: state.pairs, moved: state.moved };
    await writeAudit(tx.db, tx, {
      action: 'grid.import_assignments',
      entity: 'grid',
      regionCode: tx.actor.scopeCode,
      diff: { file: fileName, ...counts, moves: await movesOf(tx, jobId) },
    });
    return counts;
  },
});
