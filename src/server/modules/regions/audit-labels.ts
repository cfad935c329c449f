import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const regionsAuditLabels: AuditLabels = {
  entities: { region: { zh: '行政区划', en: 'Region' } },
  actions: {
    'region.import': { zh: '导入区县区划', en: 'Import county regions' },
    'region.create_group': { zh: '新增村民小组', en: 'Add villager group' },
  },
};
