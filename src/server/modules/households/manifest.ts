import { defineModule } from '../../platform/modules/manifest';
import { householdsAuditLabels } from './audit-labels';
import { householdFigures } from './figures';
import { openHouseholdFile } from './household-profile';
import { householdsRoutes } from './routes';
import * as tables from './tables';

export const householdsModule = defineModule({
  name: 'households',
  label: { zh: '农户信息', en: 'Households' },
  audit: householdsAuditLabels,
  routes: [householdsRoutes],
  tables,
  permissions: ['households.read', 'households.write', 'pii.reveal', 'imports.run'],
  // Opens 一户一档: the household in the caller's scope (404 otherwise), members, helper, moves.
  householdFile: { key: 'household', open: openHouseholdFile },
  home: {
    shortcuts: [
      {
        key: 'households',
        label: { zh: '农户信息', en: 'Households' },
        path: '/households',
        permission: 'households.read',
        rank: { village: 2, stationed_cadre: 4, grid_worker: 4 },
      },
    ],
  },
  figures: householdFigures,
});
