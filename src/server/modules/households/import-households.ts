import type { Ctx } from '../../platform/context';
import type { Importer } from '../../platform/excel/run-import';
import { type CheckState, checkHouseholdRows } from './import-check';
import { commitHouseholdImport, stageHouseholdRows } from './import-load';
import { householdSheetSpec } from './import-spec';
import { villagesInScope } from './import-villages';

/** The households registry plugged into the Excel framework. */
export const householdImporter = async (ctx: Ctx, fileName: string): Promise<Importer<CheckState>> => {
  const villages = await villagesInScope(ctx);
  return {
    registry: 'households',
    spec: householdSheetSpec(villages.labels),
    check: (c, rows, errors, progress) => checkHouseholdRows(c, rows, errors, progress, villages.resolve),
    stage: (c, jobId, state, rows, progress) =>
      stageHouseholdRows(c, jobId, state, rows, progress, villages.resolve),
    commit: (tx, jobId, state) => commitHouseholdImport(tx, jobId, state, fileName),
    rowCount: (state) => state.persons,
  };
};
