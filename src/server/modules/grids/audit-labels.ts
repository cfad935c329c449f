import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const gridsAuditLabels: AuditLabels = {
  entities: {
    grid: { zh: '网格', en: 'Grid' },
    grid_worker: { zh: '网格员', en: 'Grid worker' },
  },
  actions: {
    'grid.create': { zh: '新建网格', en: 'Create grid' },
    'grid.update': { zh: '修改网格', en: 'Edit grid' },
    'grid.delete': { zh: '删除网格', en: 'Delete grid' },
    'grid.import': { zh: '导入网格', en: 'Import grids' },
    'grid.export': { zh: '导出网格（脱敏）', en: 'Export grids (masked)' },
    'grid.export_unmasked': { zh: '导出网格（含完整信息）', en: 'Export grids (unmasked)' },
    'grid.add_worker': { zh: '添加网格员', en: 'Add grid worker' },
    'grid.update_worker': { zh: '修改网格员', en: 'Edit grid worker' },
    'grid.remove_worker': { zh: '移除网格员', en: 'Remove grid worker' },
    'grid.assign_households': { zh: '农户划入网格', en: 'Assign households to grid' },
    'grid.import_assignments': { zh: '导入农户网格归属', en: 'Import household assignments' },
    'grid.export_assignments': { zh: '导出农户网格归属', en: 'Export household assignments' },
  },
};
