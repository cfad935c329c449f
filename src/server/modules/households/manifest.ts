import { countLivingUnder } from '../../platform/modules/figures';
import { defineModule } from '../../platform/modules/manifest';
import { householdsAuditLabels } from './audit-labels';
import { openHouseholdFile } from './household-profile';
import { countHouseholdsUnder } from './lookups';
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
  figures: [
    {
      key: 'households.count',
      label: { zh: '农户数', en: 'Households' },
      definition: {
        zh: '区划内登记在册（未删除）的农户数',
        en: 'Registered (not deleted) households in the region',
      },
      unit: { zh: '户', en: 'households' },
      compute: (ctx, { regionCode }) => countHouseholdsUnder(ctx, regionCode),
    },
    {
      key: 'persons.count',
      label: { zh: '户籍人口', en: 'Persons' },
      definition: {
        zh: '区划内登记在册（未删除）的人员数',
        en: 'Registered (not deleted) persons in the region',
      },
      unit: { zh: '人', en: 'persons' },
      compute: (ctx, { regionCode }) => countLivingUnder(ctx, tables.persons, regionCode),
    },
  ],
});
