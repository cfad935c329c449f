import type { Ctx } from '../../platform/context';
import type { Importer } from '../../platform/excel/run-import';
import { Stager } from '../../platform/excel/staging';
import { type CheckState, checkHouseholdRows } from './import-check';
import { commitHouseholdImport, stageHouseholds, stagePersonRow } from './import-load';
import { householdSheetSpec } from './import-spec';
import { villagesInScope } from './import-villages';

/** The households registry plugged into the Excel framework: one pass over the file. */
export const householdImporter = async (ctx: Ctx, fileName: string): Promise<Importer<CheckState>> => {
  const villages = await villagesInScope(ctx);
  return {
    registry: 'households',
    spec: householdSheetSpec(villages.labels),
    singlePass: true,
    check: async (c, rows, errors, progress, jobId) => {
      const people = new Stager(c.db, jobId, 'person');
      const now = new Date().toISOString();
      const state = await checkHouseholdRows(c, rows, errors, progress, villages.resolve, (draft, row, idx) =>
        stagePersonRow(c, people, draft, row, idx, now),
      );
      if (errors.count > 0) return state;
      await people.flush();
      await stageHouseholds(c, jobId, state, villages.resolve);
      return state;
    },
    commit: (tx, jobId, state) => commitHouseholdImport(tx, jobId, state, fileName),
  };
};
