import { defineModule } from '../../platform/modules/manifest';
import { usersAuditLabels } from './audit-labels';
import { userRoutes } from './routes';

export const usersModule = defineModule({
  name: 'users',
  label: { zh: '账号管理', en: 'Accounts' },
  audit: usersAuditLabels,
  routes: [userRoutes],
  permissions: ['users.manage'],
  home: {
    shortcuts: [
      {
        key: 'users',
        label: { zh: '账号管理', en: 'Accounts' },
        path: '/users',
        permission: 'users.manage',
        rank: { region_admin: 1, county_admin: 2, township: 3 },
      },
    ],
  },
});
