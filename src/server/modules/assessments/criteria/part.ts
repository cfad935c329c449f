import type { AssessmentPart } from '../part';
import { criteriaRoutes } from './routes';

// The criteria part of assessments (docs/assessments.md §1): 评定标准 and 推演, gathered by ../manifest.ts.

const action = (zh: string, en: string) => ({ zh, en });

export const criteriaPart: AssessmentPart = {
  name: 'criteria',
  routes: [criteriaRoutes],
  audit: {
    entities: {},
    actions: {
      'assessments.criteria.create': action('新建评定标准', 'Create criteria set'),
      'assessments.criteria.update': action('修改评定标准', 'Update criteria set'),
      'assessments.criteria.copy': action('复制评定标准为新版本', 'Copy criteria set as new version'),
      'assessments.criteria.publish': action('发布评定标准', 'Publish criteria set'),
      'assessments.criteria.delete': action('删除评定标准草稿', 'Delete draft criteria set'),
      'assessments.criteria.indicator.create': action('新增评定指标', 'Add criteria indicator'),
      'assessments.criteria.indicator.update': action('修改评定指标', 'Update criteria indicator'),
      'assessments.criteria.indicator.delete': action('删除评定指标', 'Delete criteria indicator'),
      'assessments.criteria.indicator.reorder': action('调整评定指标顺序', 'Reorder criteria indicators'),
    },
  },
};
