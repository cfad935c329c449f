import { defineModule } from '../../platform/modules/manifest';
import { auditRoutes } from './routes';

export const auditModule = defineModule({
  name: 'audit',
  label: { zh: '审计日志', en: 'Audit log' },
  routes: [auditRoutes],
  permissions: ['audit.read'],
});
