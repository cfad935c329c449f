import { defineModule } from '../../platform/modules/manifest';
import { householdFileRoutes } from './routes';

export const householdFileModule = defineModule({
  name: 'household-file',
  label: { zh: '一户一档', en: 'Household file' },
  routes: [householdFileRoutes],
  permissions: ['households.read'],
});
