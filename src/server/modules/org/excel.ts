import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { orgChoices } from './lookups';
import { exportOrgs, orgExportQuery } from './org-export';
import { orgImporter } from './org-import';
import { orgPlaces, orgSheetSpec } from './org-sheet';

// 党组织 in Excel: one row per organization. The parent is an organization already in scope
// (from the drop-down) or one named on an earlier row of the same file, so a whole township's
// tree can be entered top-down in one sheet.

/** Template, import (top-down, parents from the file or the database) and export in tree order. */
export const orgExcelRoutes = registryExcelRoutes({
  base: '/api/orgs',
  registry: 'orgs',
  tag: 'org',
  title: '党组织',
  writePermission: 'org.write',
  readPermission: 'org.read',
  spec: async (ctx) => orgSheetSpec((await orgPlaces(ctx)).labels, (await orgChoices(ctx)).labels),
  importer: orgImporter,
  exportQuery: orgExportQuery,
  exportRows: exportOrgs,
});
