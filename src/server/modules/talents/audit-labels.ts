import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const talentsAuditLabels: AuditLabels = {
  entities: { talent: { zh: '人才', en: 'Talent' } },
  actions: {
    'talent.create': { zh: '登记人才', en: 'Register talent' },
    'talent.update': { zh: '修改人才信息', en: 'Edit talent' },
    'talent.submit': { zh: '提交人才审核', en: 'Submit talent for review' },
    'talent.approve': { zh: '人才审核通过', en: 'Approve talent' },
    'talent.return': { zh: '退回人才登记', en: 'Return talent' },
    'talent.import': { zh: '导入人才', en: 'Import talents' },
    'talent.export': { zh: '导出人才（脱敏）', en: 'Export talents (masked)' },
    'talent.export_unmasked': { zh: '导出人才（含完整信息）', en: 'Export talents (unmasked)' },
  },
};
