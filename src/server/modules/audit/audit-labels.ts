import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const auditAuditLabels: AuditLabels = {
  entities: { audit_log: { zh: '审计日志', en: 'Audit log' } },
  actions: { 'audit.export': { zh: '导出审计日志', en: 'Export audit log' } },
};
