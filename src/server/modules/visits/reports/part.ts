import type { VisitsPart } from '../part';
import { reportsFigures } from './figures';
import { reportsRoutes } from './routes';

// The reports part of the visits module: reports computed from the records (the 田东 shape, monitored households by type and risk, overdue steps, removals), Excel, drill-down and figures (docs/visits.md §6).
// ../manifest.ts gathers it.

export const reportsPart: VisitsPart = {
  name: 'reports',
  routes: [reportsRoutes],
  audit: {
    entities: { visits_report: { zh: '走访监测报表', en: 'Visit and monitoring report' } },
    actions: {
      'visits.reports.export': { zh: '导出走访监测报表', en: 'Export visit and monitoring report' },
    },
  },
  figures: reportsFigures,
};
