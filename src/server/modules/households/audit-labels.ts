import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const householdsAuditLabels: AuditLabels = {
  entities: {
    household: { zh: '农户', en: 'Household' },
    person: { zh: '人员', en: 'Person' },
  },
  actions: {
    'household.create': { zh: '新增农户', en: 'Add household' },
    'household.update': { zh: '修改农户', en: 'Edit household' },
    'household.move': { zh: '农户迁移', en: 'Move household' },
    'household.delete': { zh: '删除农户', en: 'Delete household' },
    'household.restore': { zh: '恢复农户', en: 'Restore household' },
    'household.import': { zh: '导入农户', en: 'Import households' },
    'household.export': { zh: '导出农户（脱敏）', en: 'Export households (masked)' },
    'household.export_unmasked': { zh: '导出农户（含完整信息）', en: 'Export households (unmasked)' },
    'person.create': { zh: '新增人员', en: 'Add person' },
    'person.update': { zh: '修改人员', en: 'Edit person' },
    'person.move': { zh: '人员转户', en: 'Move person to another household' },
    'person.delete': { zh: '删除人员', en: 'Delete person' },
    'person.restore': { zh: '恢复人员', en: 'Restore person' },
    'person.reveal': { zh: '查看人员完整证件号或手机号', en: 'Reveal ID number or phone' },
  },
};
