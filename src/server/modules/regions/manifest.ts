import { defineModule } from '../../platform/modules/manifest';
import { regionRoutes } from './routes';
import * as tables from './tables';

export const regionsModule = defineModule({
  name: 'regions',
  label: { zh: '行政区划', en: 'Regions' },
  routes: [regionRoutes],
  tables,
  permissions: ['regions.read', 'regions.write', 'regions.import'],
});
