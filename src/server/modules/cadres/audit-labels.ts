import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const cadresAuditLabels: AuditLabels = {
  entities: {
    cadre: { zh: '村干部', en: 'Village cadre' },
    work_team: { zh: '驻村工作队', en: 'Stationed work team' },
    work_team_member: { zh: '工作队队员', en: 'Work team member' },
  },
  actions: {
    'cadre.create': { zh: '新增村干部', en: 'Add village cadre' },
    'cadre.update': { zh: '修改村干部', en: 'Edit village cadre' },
    'cadre.delete': { zh: '删除村干部', en: 'Delete village cadre' },
    'cadre.import': { zh: '导入村干部', en: 'Import village cadres' },
    'cadre.export': { zh: '导出村干部（脱敏）', en: 'Export village cadres (masked)' },
    'cadre.export_unmasked': { zh: '导出村干部（含完整信息）', en: 'Export village cadres (unmasked)' },
    'work_team.create': { zh: '新建驻村工作队', en: 'Create work team' },
    'work_team.update': { zh: '修改驻村工作队', en: 'Edit work team' },
    'work_team.add_member': { zh: '添加工作队队员', en: 'Add team member' },
    'work_team.update_member': { zh: '修改工作队队员', en: 'Edit team member' },
    'work_team.remove_member': { zh: '工作队队员离队', en: 'Team member leaves' },
    'work_team.import': { zh: '导入驻村工作队', en: 'Import work teams' },
    'work_team.export': { zh: '导出驻村工作队（脱敏）', en: 'Export work teams (masked)' },
    'work_team.export_unmasked': { zh: '导出驻村工作队（含完整信息）', en: 'Export work teams (unmasked)' },
  },
};
