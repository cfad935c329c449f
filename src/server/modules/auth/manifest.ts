import { defineModule } from '../../platform/modules/manifest';
import { authAuditLabels } from './audit-labels';
import { authRoutes } from './routes';

export const authModule = defineModule({
  name: 'auth',
  label: { zh: '登录与账号', en: 'Sign-in' },
  audit: authAuditLabels,
  routes: [authRoutes],
});
