import { defineModule } from '../../platform/modules/manifest';
import { gridsAuditLabels } from './audit-labels';
import { householdGrids } from './household-grids';
import { gridsRoutes } from './routes';
import * as tables from './tables';

export const gridsModule = defineModule({
  name: 'grids',
  label: { zh: '网格管理', en: 'Grids' },
  audit: gridsAuditLabels,
  routes: [gridsRoutes],
  tables,
  permissions: ['grids.read', 'grids.write'],
  // 一户一档: the household's small grid (十联户) and the middle grid above it.
  householdFile: { key: 'grids', read: (ctx, household) => householdGrids(ctx, household.gridId) },
  home: {
    shortcuts: [
      {
        key: 'my-grid',
        label: { zh: '我的网格', en: 'My grid' },
        path: '/my-grid',
        permission: 'grids.read',
        rank: { grid_worker: 2 },
      },
    ],
  },
});
