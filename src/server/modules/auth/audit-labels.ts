import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const authAuditLabels: AuditLabels = {
  entities: { user: { zh: '账号', en: 'Account' } },
  actions: {
    'auth.login': { zh: '登录', en: 'Log in' },
    'auth.login_failed': { zh: '登录失败', en: 'Failed log-in' },
    'auth.locked': { zh: '账号被锁定', en: 'Account locked' },
    'auth.logout': { zh: '退出登录', en: 'Log out' },
    'auth.change_password': { zh: '修改密码', en: 'Change password' },
  },
};
