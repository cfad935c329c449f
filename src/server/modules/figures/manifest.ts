import { defineModule } from '../../platform/modules/manifest';
import { figuresAuditLabels } from './audit-labels';
import { mapsPart } from './maps/part';
import { figuresRoutes } from './routes';
import * as tables from './tables';

// 指标目录、驾驶舱 (issue 16, docs/dashboards.md): the catalogue of the figures every other module
// declares, and the dashboards that show them. It stores which figures a region shows, never a
// value: each figure is computed by its own module from its records. Its maps part keeps the
// boundaries a county uploads, to draw figures on (maps/).
export const figuresModule = defineModule({
  name: 'figures',
  label: { zh: '指标与驾驶舱', en: 'Figures and dashboards' },
  audit: {
    entities: { ...figuresAuditLabels.entities, ...mapsPart.audit.entities },
    actions: { ...figuresAuditLabels.actions, ...mapsPart.audit.actions },
  },
  routes: [figuresRoutes, ...mapsPart.routes],
  tables,
  permissions: ['figures.read'],
  home: {
    shortcuts: [
      {
        key: 'dashboard',
        label: { zh: '驾驶舱', en: 'Dashboard' },
        path: '/dashboard',
        permission: 'figures.read',
        rank: { county_admin: 1, township: 1, region_admin: 1 },
      },
    ],
  },
});
