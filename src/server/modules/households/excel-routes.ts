import { exportQuerySchema } from '../../../contracts/api/households';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { exportHouseholds } from './export-households';
import { householdImporter } from './import-households';
import { householdSheetSpec } from './import-spec';
import { villagesInScope } from './import-villages';

/** 农户人员 in Excel: template, import, export (one row per person). */
export const householdExcelRoutes = registryExcelRoutes({
  base: '/api/households',
  registry: 'households',
  tag: 'households',
  title: '农户人员',
  writePermission: 'imports.run',
  readPermission: 'households.read',
  spec: async (ctx) => householdSheetSpec((await villagesInScope(ctx)).labels),
  importer: householdImporter,
  exportQuery: exportQuerySchema,
  exportRows: exportHouseholds,
});
