import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const orgAuditLabels: AuditLabels = {
  entities: {
    party_org: { zh: '党组织', en: 'Party organization' },
    covered_unit: { zh: '“两个覆盖”单位', en: 'Covered unit' },
  },
  actions: {
    'org.create': { zh: '新建党组织', en: 'Create party organization' },
    'org.update': { zh: '修改党组织', en: 'Edit party organization' },
    'org.delete': { zh: '删除党组织', en: 'Delete party organization' },
    'org.restore': { zh: '恢复党组织', en: 'Restore party organization' },
    'org.import': { zh: '导入党组织', en: 'Import party organizations' },
    'org.export': { zh: '导出党组织', en: 'Export party organizations' },
    'covered_unit.create': { zh: '新增“两个覆盖”单位', en: 'Add covered unit' },
    'covered_unit.update': { zh: '修改“两个覆盖”单位', en: 'Edit covered unit' },
    'covered_unit.delete': { zh: '删除“两个覆盖”单位', en: 'Delete covered unit' },
  },
};
