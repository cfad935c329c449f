import { workflowAuditActions } from '../../../platform/workflow/define';
import type { AssessmentPart } from '../part';
import { flagAttachments } from './flag-attachments';
import { flagWorkflow } from './flag-workflow';
import { flagsHomePending } from './home-pending';
import { householdFlags } from './household-flags';
import { flagAwardRoutes, flagKindRoutes } from './routes';

// The flags part of assessments (争创五旗, docs/assessments.md §3): its routes, audit names,
// attachment kinds, home-page items and its slot of 一户一档, gathered by ../manifest.ts.

const award = { zh: '红旗提名', en: 'flag nomination' };

export const flagsPart: AssessmentPart = {
  name: 'flags',
  routes: [flagKindRoutes, flagAwardRoutes],
  audit: {
    entities: {
      flag_kind: { zh: '红旗类别', en: 'Flag kind' },
      flag_award: { zh: '红旗提名', en: 'Flag nomination' },
    },
    actions: {
      'assessments.flag_kind.create': { zh: '新增红旗类别', en: 'Add flag kind' },
      'assessments.flag_kind.update': { zh: '修改红旗类别', en: 'Edit flag kind' },
      'assessments.flag_kind.deactivate': { zh: '停用红旗类别', en: 'Stop flag kind' },
      'assessments.flag_kind.activate': { zh: '启用红旗类别', en: 'Restart flag kind' },
      'assessments.flag.nominate': { zh: '提名红旗', en: 'Nominate for a flag' },
      'assessments.flag.export': { zh: '导出红旗清单', en: 'Export flags' },
      ...workflowAuditActions(flagWorkflow, award),
    },
  },
  attachments: [flagAttachments],
  pending: flagsHomePending,
  householdFile: async (ctx, household) => ({ flags: await householdFlags(ctx, household.id) }),
};
