import { defineModule } from '../../platform/modules/manifest';
import { seedPointsCatalogue } from './catalogue';
import { householdPoints } from './household-points';
import { pointsRoutes } from './routes';
import * as tables from './tables';

// Minimal: the points module's own manifest (permissions, home items, figures) replaces this one.
export const pointsModule = defineModule({
  name: 'points',
  label: { zh: '积分管理', en: 'Points' },
  routes: [pointsRoutes],
  tables,
  // The county's default catalogue (editable), written with its first import.
  onCountyImport: seedPointsCatalogue,
  householdFile: {
    key: 'points',
    read: async (ctx, household) => ({ points: await householdPoints(ctx, household.id) }),
  },
});
