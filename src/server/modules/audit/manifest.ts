import { defineModule } from '../../platform/modules/manifest';
import { auditAuditLabels } from './audit-labels';
import { auditRoutes } from './routes';

export const auditModule = defineModule({
  name: 'audit',
  label: { zh: '审计日志', en: 'Audit log' },
  audit: auditAuditLabels,
  routes: [auditRoutes],
  permissions: ['audit.read'],
});
