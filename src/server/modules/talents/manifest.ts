import { defineModule } from '../../platform/modules/manifest';
import { talentsAuditLabels } from './audit-labels';
import { talentsRoutes } from './routes';
import * as tables from './tables';

export const talentsModule = defineModule({
  name: 'talents',
  label: { zh: '人才库', en: 'Talents' },
  audit: talentsAuditLabels,
  routes: [talentsRoutes],
  tables,
  permissions: ['talents.read', 'talents.survey', 'talents.review', 'talents.file'],
});
