import { workflowAuditActions } from '../../../platform/workflow/define';
import type { AssessmentPart } from '../part';
import { logAttachments, measureAttachments } from './attachments';
import { weakCatalogueRoutes } from './catalogue-routes';
import { weakHomePending } from './home-pending';
import { weakRoutes } from './routes';
import { weakWorkflow } from './workflow';

// The weak part of assessments (docs/assessments.md §5): its routes, audit names, attachment kinds,
// home-page items and figures, gathered by ../manifest.ts.

const t = (zh: string, en: string) => ({ zh, en });

export const weakPart: AssessmentPart = {
  name: 'weak',
  routes: [weakRoutes, weakCatalogueRoutes],
  audit: {
    entities: {
      weak_org: t('软弱涣散整顿记录', 'Weak-organization rectification'),
      weak_measure: t('整顿措施', 'Rectification measure'),
      weak_log: t('整顿台账记录', 'Rectification log entry'),
      weak_situation: t('软弱涣散认定情形', 'Weak-organization situation'),
      rectification_template: t('整顿方案模板', 'Rectification plan template'),
    },
    actions: {
      ...workflowAuditActions(weakWorkflow, t('整顿记录', 'rectification')),
      'assessments.weak.identify': t('认定软弱涣散村党组织', 'Identify a weak organization'),
      'assessments.weak.nominate': t('推荐软弱涣散村党组织', 'Nominate a weak organization'),
      'assessments.weak.carry': t('结转整顿记录到下一年度', 'Carry a rectification into the next year'),
      'assessments.weak.measure.add': t('增加整顿措施', 'Add a rectification measure'),
      'assessments.weak.measure.done': t('完成整顿措施', 'Complete a rectification measure'),
      'assessments.weak.log': t('记录整顿台账', 'Log rectification work'),
      'assessments.weak.export': t('导出整顿台账', 'Export rectifications'),
      'assessments.weak.situation.create': t('新增认定情形', 'Add a situation'),
      'assessments.weak.situation.update': t('修改认定情形', 'Edit a situation'),
      'assessments.weak.template.create': t('新增整顿方案模板', 'Add a plan template'),
      'assessments.weak.template.update': t('修改整顿方案模板', 'Edit a plan template'),
    },
  },
  attachments: [measureAttachments, logAttachments],
  pending: weakHomePending,
};
