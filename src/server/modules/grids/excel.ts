import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { assignmentExportQuerySchema, exportAssignments } from './assignment-export';
import { assignmentImporter } from './assignment-import';
import { assignmentSheetSpec } from './assignment-sheet';
import { exportGrids, gridExportQuerySchema } from './grid-export';
import { gridImporter, gridSpecFor } from './grid-import';

// The grids' two sheets in Excel. 网格: one row per grid, top-down, through createGrid and
// addGridWorker (grid-import.ts). 户网格归属: household → small grid, staged and applied in one
// UPDATE at commit, since a county has 100k households (assignment-import.ts).

export const gridExcelRoutes = registryExcelRoutes({
  base: '/api/grids',
  registry: 'grids',
  tag: 'grids',
  title: '网格',
  writePermission: 'grids.write',
  readPermission: 'grids.read',
  spec: gridSpecFor,
  importer: gridImporter,
  exportQuery: gridExportQuerySchema,
  exportRows: exportGrids,
});

export const gridAssignmentExcelRoutes = registryExcelRoutes({
  base: '/api/grids/assignments',
  registry: 'gridAssignments',
  tag: 'grids',
  title: '户网格归属',
  writePermission: 'grids.write',
  readPermission: 'grids.read',
  spec: async () => assignmentSheetSpec(),
  importer: assignmentImporter,
  exportQuery: assignmentExportQuerySchema,
  exportRows: exportAssignments,
});
