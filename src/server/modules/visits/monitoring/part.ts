import type { VisitsPart } from '../part';
import { monitoringHomePending } from './home-pending';
import { monitoringRoutes } from './routes';

// The monitoring part of the visits module: 防返贫监测 rules: thresholds per region and year, versioned rules, the sweep that raises explained signals, and the at-risk list that is the work queue (docs/visits.md §2).
// ../manifest.ts gathers it.

export const monitoringPart: VisitsPart = {
  name: 'monitoring',
  routes: [monitoringRoutes],
  audit: {
    entities: {
      monitoring_threshold: { zh: '防返贫监测标准', en: 'Monitoring threshold' },
      monitoring_rule: { zh: '防返贫监测规则', en: 'Monitoring rule' },
      monitoring_signal: { zh: '返贫风险线索', en: 'Poverty risk signal' },
    },
    actions: {
      'monitoring.threshold.create': { zh: '设定监测标准', en: 'Set monitoring threshold' },
      'monitoring.threshold.update': { zh: '修改监测标准', en: 'Edit monitoring threshold' },
      'monitoring.threshold.delete': { zh: '删除监测标准', en: 'Delete monitoring threshold' },
      'monitoring.rule.version': { zh: '修改监测规则（新版本）', en: 'New monitoring rule version' },
      'monitoring.sweep.run': { zh: '运行防返贫监测扫描', en: 'Run monitoring sweep' },
      'monitoring.signal.dismiss': { zh: '排除返贫风险线索', en: 'Dismiss risk signal' },
      'monitoring.at-risk.export': { zh: '导出返贫风险农户', en: 'Export households at risk' },
    },
  },
  pending: monitoringHomePending,
};
