import { cadreExportQuerySchema, workTeamExportQuerySchema } from '../../../contracts/api/cadres';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { villagesInScope } from '../households/import-villages';
import { exportCadres } from './cadre-export';
import { cadreImporter } from './cadre-import';
import { cadreSheetSpec } from './cadre-sheet';
import { exportWorkTeams } from './team-export';
import { teamImporter } from './team-import';
import { teamSheetSpec } from './team-sheet';

// The two sheets of the cadres registry: 村干部 (cadre-*.ts) and 驻村工作队 (team-*.ts).

/** 村干部 in Excel: template, import (one row per cadre), export (ID numbers masked unless revealed). */
export const cadreExcelRoutes = registryExcelRoutes({
  base: '/api/cadres',
  registry: 'cadres',
  tag: 'cadres',
  title: '村干部',
  writePermission: 'cadres.write',
  readPermission: 'cadres.read',
  spec: async (ctx) => cadreSheetSpec((await villagesInScope(ctx)).labels),
  importer: cadreImporter,
  exportQuery: cadreExportQuerySchema,
  exportRows: exportCadres,
});

/** 驻村工作队 in Excel: one row per team member (phones masked unless revealed). */
export const workTeamExcelRoutes = registryExcelRoutes({
  base: '/api/work-teams',
  registry: 'workTeams',
  tag: 'cadres',
  title: '驻村工作队',
  writePermission: 'cadres.write',
  readPermission: 'cadres.read',
  spec: async (ctx) => teamSheetSpec((await villagesInScope(ctx)).labels),
  importer: teamImporter,
  exportQuery: workTeamExportQuerySchema,
  exportRows: exportWorkTeams,
});
