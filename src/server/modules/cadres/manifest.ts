import { defineModule } from '../../platform/modules/manifest';
import { cadresAuditLabels } from './audit-labels';
import { cadresFigures } from './figures';
import { cadresRoutes } from './routes';
import * as tables from './tables';

export const cadresModule = defineModule({
  name: 'cadres',
  label: { zh: '干部队伍', en: 'Cadres' },
  audit: cadresAuditLabels,
  routes: [cadresRoutes],
  tables,
  permissions: ['cadres.read', 'cadres.write'],
  figures: cadresFigures,
});
