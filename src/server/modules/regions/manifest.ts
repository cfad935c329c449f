import { defineModule } from '../../platform/modules/manifest';
import { regionsAuditLabels } from './audit-labels';
import { regionRoutes } from './routes';
import * as tables from './tables';

export const regionsModule = defineModule({
  name: 'regions',
  label: { zh: '行政区划', en: 'Regions' },
  audit: regionsAuditLabels,
  routes: [regionRoutes],
  tables,
  permissions: ['regions.read', 'regions.write', 'regions.import'],
});
