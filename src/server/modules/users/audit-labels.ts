import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const usersAuditLabels: AuditLabels = {
  entities: { user: { zh: '账号', en: 'Account' } },
  actions: {
    'user.create': { zh: '新建账号', en: 'Create account' },
    'user.update': { zh: '修改账号', en: 'Edit account' },
    'user.reset_password': { zh: '重置密码', en: 'Reset password' },
    'user.reveal': { zh: '查看账号完整手机号', en: 'Reveal account phone' },
  },
};
