import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { villagesInScope } from '../households/import-villages';
import { exportTalents, talentExportQuery } from './talent-export';
import { talentImporter } from './talent-import';
import { talentSheetSpec } from './talent-sheet';

/** 人才 in Excel: a village's survey in one file (drafts), and the list with its review status. */
export const talentExcelRoutes = registryExcelRoutes({
  base: '/api/talents',
  registry: 'talents',
  tag: 'talents',
  title: '人才',
  writePermission: 'talents.survey',
  readPermission: 'talents.read',
  spec: async (ctx) => talentSheetSpec((await villagesInScope(ctx)).labels),
  importer: talentImporter,
  exportQuery: talentExportQuery,
  exportRows: exportTalents,
});
