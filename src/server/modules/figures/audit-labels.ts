import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

export const figuresAuditLabels: AuditLabels = {
  entities: {
    figure_dashboard: { zh: '驾驶舱指标设置', en: 'Dashboard layout' },
    figure_report: { zh: '一表通报表', en: 'One-sheet report' },
    figure: { zh: '指标', en: 'Figure' },
  },
  actions: {
    'figures.dashboard.arrange': { zh: '设置驾驶舱指标', en: 'Arrange dashboard' },
    'figures.dashboard.reset': { zh: '恢复上级或标准驾驶舱', en: 'Reset dashboard layout' },
    'figures.report.create': { zh: '定义一表通报表', en: 'Define one-sheet report' },
    'figures.report.update': { zh: '修改一表通报表', en: 'Edit one-sheet report' },
    'figures.report.delete': { zh: '删除一表通报表', en: 'Delete one-sheet report' },
    'figures.drill.export': { zh: '导出指标明细', en: 'Export the records behind a figure' },
  },
};
