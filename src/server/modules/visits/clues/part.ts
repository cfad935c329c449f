import type { VisitsPart } from '../part';
import { departmentExcelRoutes } from './excel-routes';
import { clueRoutes } from './routes';

// The clues part of the visits module: the three discovery channels: a household's own request, grassroots screening, and department lists imported from Excel and matched by ID number (docs/visits.md §3).
// ../manifest.ts gathers it.

export const cluesPart: VisitsPart = {
  name: 'clues',
  routes: [clueRoutes, departmentExcelRoutes],
  audit: {
    entities: {
      monitoring_signal: { zh: '防返贫风险线索', en: 'Return-to-poverty risk signal' },
      monitoring_department_record: { zh: '部门筛查数据', en: 'Department screening record' },
    },
    actions: {
      'monitoring.request.create': { zh: '农户自主申报防返贫风险', en: 'Household asks for monitoring' },
      'monitoring.request.service': {
        zh: '服务清单防返贫申报转为风险线索',
        en: 'Service-list request becomes a risk signal',
      },
      'monitoring.screening.create': {
        zh: '上报返贫风险（基层排查）',
        en: 'Report a return-to-poverty risk',
      },
      'monitoring.department.import': { zh: '导入部门筛查数据', en: 'Import department screening list' },
      'monitoring.department.export': { zh: '导出部门筛查数据', en: 'Export department screening records' },
    },
  },
};
