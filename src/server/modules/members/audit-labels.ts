import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const membersAuditLabels: AuditLabels = {
  entities: {
    party_member: { zh: '党员', en: 'Party member' },
    development_record: { zh: '发展党员记录', en: 'Development record' },
    development_target: { zh: '发展党员计划', en: 'Development target' },
  },
  actions: {
    'member.create': { zh: '登记党员', en: 'Register party member' },
    'member.update': { zh: '修改党员信息', en: 'Edit party member' },
    'member.transfer': { zh: '党员组织关系转接', en: 'Transfer party member' },
    'member.full': { zh: '预备党员转正', en: 'Probationary member made full' },
    'member.contact.add': { zh: '添加党员联系户', en: 'Add contact household' },
    'member.contact.remove': { zh: '移除党员联系户', en: 'Remove contact household' },
    'member.import': { zh: '导入党员', en: 'Import party members' },
    'member.export': { zh: '导出党员', en: 'Export party members' },
    'member.export_unmasked': {
      zh: '导出党员（含完整身份证号）',
      en: 'Export party members with full ID numbers',
    },
    'development.create': { zh: '新建发展党员记录', en: 'Create development record' },
    'development.advance': { zh: '发展党员进入下一阶段', en: 'Advance development stage' },
    'development.target.set': { zh: '设定发展党员计划', en: 'Set development target' },
    'development.import': { zh: '导入发展党员记录', en: 'Import development records' },
    'development.export': { zh: '导出发展党员记录', en: 'Export development records' },
    'development.export_unmasked': {
      zh: '导出发展党员记录（含完整身份证号）',
      en: 'Export development records with full ID numbers',
    },
  },
};
