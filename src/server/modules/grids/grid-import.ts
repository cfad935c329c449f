import type { Ctx } from '../../platform/context';
import { rowImporter } from '../../platform/excel/row-import';
import type { Importer } from '../../platform/excel/run-import';
import { villagesInScope } from '../households/import-villages';
import { orgChoices } from '../org/lookups';
import { addGridWorker } from './add-grid-worker';
import { createGrid } from './create-grid';
import { type GridDraft, type GridLookups, gridDraft } from './grid-import-row';
import { gridSheetSpec } from './grid-sheet';

// 网格 from Excel through the grids' own use cases (createGrid, addGridWorker), one savepoint per
// row inside the one commit transaction; all or nothing.

/** The organizations a grid may bind: branches and groups, and general branches for big grids. */
export const BINDABLE_LEVELS = ['general_branch', 'branch', 'group'] as const;

export const gridSpecFor = async (ctx: Ctx) =>
  gridSheetSpec((await villagesInScope(ctx)).labels, (await orgChoices(ctx, BINDABLE_LEVELS)).labels);

const DEPTH = { big: 0, middle: 1, small: 2 };

/**
 * Tree order: every big grid, then the middle, then the small ones, so a parent always exists
 * before its children; under one tier the rows with a code of their own go first, so the
 * numbering of the others continues after them instead of taking their numbers.
 */
export const treeOrder = (a: { row: number; body: GridDraft }, b: { row: number; body: GridDraft }) =>
  DEPTH[a.body.tier] - DEPTH[b.body.tier] ||
  Number(a.body.code === null) - Number(b.body.code === null) ||
  a.row - b.row;

const createFromRow = async (tx: Ctx, d: GridDraft, l: GridLookups) => {
  const parentId = d.parentRow ? l.created.get(d.parentRow) : d.parentId;
  // The parent's row failed at commit: its own error is reported; this row waits for the fix.
  if (d.parentRow && !parentId) return;
  const grid = await createGrid(
    tx,
    {
      tier: d.tier,
      name: d.name,
      partyOrgId: d.partyOrgId,
      ...(d.tier === 'big' ? { regionCode: d.regionCode } : { parentId: parentId as string }),
    },
    { code: d.code ?? undefined },
  );
  l.created.set(d.row, grid.id);
  // In the order of the cell: one millisecond apart, as if added one after the other.
  const now = Date.now();
  for (const [i, worker] of d.workers.entries()) await addGridWorker(tx, grid.id, worker, new Date(now + i));
};

export const gridImporter = async (ctx: Ctx, fileName: string) => {
  const [villages, orgs] = await Promise.all([villagesInScope(ctx), orgChoices(ctx, BINDABLE_LEVELS)]);
  const importer = rowImporter<GridDraft, GridLookups>(
    {
      registry: 'grids',
      spec: gridSheetSpec(villages.labels, orgs.labels),
      action: 'grid.import',
      entity: 'grid',
      lookups: async () => ({
        resolveVillage: villages.resolve,
        orgs,
        byName: new Map(),
        byCode: new Map(),
        created: new Map(),
      }),
      toBody: gridDraft,
      create: createFromRow,
      fieldColumns: {
        regionCode: 'village',
        parentId: 'parent',
        name: 'name',
        tier: 'tier',
        partyOrgId: 'org',
        code: 'code',
        phone: 'workerPhone',
        userId: 'worker',
      },
      defaultColumn: 'name',
    },
    fileName,
  );
  return {
    ...importer,
    commit: (tx, jobId, state, errors) => {
      state.drafts.sort(treeOrder);
      return importer.commit(tx, jobId, state, errors);
    },
  } satisfies Importer<Parameters<typeof importer.commit>[2]>;
};
