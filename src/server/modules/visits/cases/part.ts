import { workflowAuditActions } from '../../../platform/workflow/define';
import type { VisitsPart } from '../part';
import { caseAttachments } from './attachments';
import { casesHomePending } from './home-pending';
import { caseRoutes } from './routes';
import { caseWorkflow } from './workflow';

// The cases part of the visits module: the identification workflow with its working-day limits,
// the village notice without personal data, measures, follow-ups and risk removal
// (docs/visits.md §4). ../manifest.ts gathers it.

const t = (zh: string, en: string) => ({ zh, en });

export const casesPart: VisitsPart = {
  name: 'cases',
  routes: [caseRoutes],
  audit: {
    entities: {
      monitoring_case: t('防返贫监测对象识别', 'Monitoring case'),
      monitoring_measure: t('帮扶措施', 'Assistance measure'),
      monitoring_followup: t('跟踪回访', 'Follow-up visit'),
    },
    actions: {
      ...workflowAuditActions(caseWorkflow, t('监测对象识别', 'monitoring case')),
      'visits.case.start': t('启动监测对象识别', 'Start identification'),
      'visits.case.export': t('导出监测对象识别台账', 'Export monitoring cases'),
      'visits.case.measure.add': t('增加帮扶措施', 'Add an assistance measure'),
      'visits.case.measure.update': t('修改帮扶措施', 'Edit an assistance measure'),
      'visits.case.measure.delete': t('删除帮扶措施', 'Delete an assistance measure'),
      'visits.case.followup.add': t('记录跟踪回访', 'Record a follow-up visit'),
    },
  },
  attachments: [caseAttachments],
  pending: casesHomePending,
};
