import type { AssessmentPart } from '../part';
import { cadreRoutes } from './routes';

// The cadres part of assessments (docs/assessments.md §6): village cadre assessment (两评一议,
// 述职, 一票赞成/否决), first secretaries, performance-pay grades.

export const cadresPart: AssessmentPart = {
  name: 'cadres',
  routes: [cadreRoutes],
  audit: {
    entities: {
      cadre_assessment: { zh: '村干部考核', en: 'Cadre assessment' },
      cadre_rules: { zh: '村干部考核规则', en: 'Cadre assessment rules' },
    },
    actions: {
      'assessments.cadre_rules.update': { zh: '修改村干部考核规则', en: 'Edit cadre assessment rules' },
      'assessments.cadre.generate': { zh: '生成村干部考核表', en: 'Generate cadre assessment sheet' },
      'assessments.cadre.score': { zh: '录入村干部考核得分', en: 'Enter cadre assessment scores' },
      'assessments.cadre.confirm': { zh: '确认村干部考核结果', en: 'Confirm cadre assessment' },
      'assessments.cadre.confirm_bulk': {
        zh: '批量确认乡镇村干部考核结果',
        en: "Confirm a township's cadre assessments",
      },
      'assessments.cadre.export': { zh: '导出村干部绩效等次', en: 'Export cadre performance grades' },
    },
  },
};
