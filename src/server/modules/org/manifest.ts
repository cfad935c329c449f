import { defineModule } from '../../platform/modules/manifest';
import { orgAuditLabels } from './audit-labels';
import { orgFigures } from './figures';
import { orgRoutes } from './routes';
import * as tables from './tables';

export const orgModule = defineModule({
  name: 'org',
  label: { zh: '党组织', en: 'Party organizations' },
  audit: orgAuditLabels,
  routes: [orgRoutes],
  tables,
  permissions: ['org.read', 'org.write'],
  home: {
    shortcuts: [
      {
        key: 'orgs',
        label: { zh: '党组织', en: 'Party organizations' },
        path: '/orgs',
        permission: 'org.read',
        rank: { county_admin: 3, township: 2 },
      },
    ],
  },
  figures: orgFigures,
});
