import type { AssessmentPart } from '../part';
import { reportFigures } from './figures';
import { reportsRoutes } from './routes';

// The reports part of assessments (docs/assessments.md §7): stars, flags and rectifications
// reports with the villages behind each figure, their Excel export, the printable 公示 and the
// figures dashboards show, gathered by ../manifest.ts.

export const reportsPart: AssessmentPart = {
  name: 'reports',
  routes: [reportsRoutes],
  audit: {
    entities: { assessment_report: { zh: '考核报表', en: 'Assessment report' } },
    actions: { 'assessments.report.export': { zh: '导出考核报表', en: 'Export assessment report' } },
  },
  figures: reportFigures,
};
