import { workflowAuditActions } from '../../../platform/workflow/define';
import type { AssessmentPart } from '../part';
import { campaignHomePending, campaignShortcuts } from './home-pending';
import { campaignKind, objectionKind, ratingKind, scoreKind, starsKind } from './kinds';
import { scoreAttachments } from './rating-attachments';
import { campaignPublicRoutes, campaignRoutes } from './routes';
import { campaignWorkflow, ratingWorkflow } from './workflows';

// The campaign part of assessments (docs/assessments.md §2): 星级评定 from opening to publication,
// 公示 and objections, the stars history and dynamic adjustment; gathered by ../manifest.ts.

export const campaignPart: AssessmentPart = {
  name: 'campaign',
  routes: [campaignRoutes, campaignPublicRoutes],
  audit: {
    entities: {
      [campaignKind]: { zh: '星级评定', en: 'Star-rating campaign' },
      [ratingKind]: { zh: '村星级评定', en: 'Village star rating' },
      [scoreKind]: { zh: '星级评定指标得分', en: 'Star-rating score' },
      [objectionKind]: { zh: '星级公示异议', en: 'Star-rating objection' },
      [starsKind]: { zh: '村星级', en: 'Village stars' },
    },
    actions: {
      'assessments.campaign.create': { zh: '开展星级评定', en: 'Open star-rating campaign' },
      ...workflowAuditActions(campaignWorkflow, { zh: '星级评定', en: 'star-rating campaign' }),
      ...workflowAuditActions(ratingWorkflow, { zh: '村星级评定', en: 'village star rating' }),
      'assessments.rating.score': { zh: '填写星级评定指标', en: 'Score a star-rating indicator' },
      'assessments.rating.refresh': { zh: '重新读取星级评定记录指标', en: 'Re-read record indicators' },
      'assessments.objection.lodge': { zh: '提出星级公示异议', en: 'Lodge a star-rating objection' },
      'assessments.objection.answer': { zh: '答复星级公示异议', en: 'Answer a star-rating objection' },
      'assessments.stars.adjust': { zh: '动态调整村星级', en: 'Adjust village stars' },
    },
  },
  attachments: [scoreAttachments],
  pending: campaignHomePending,
  shortcuts: campaignShortcuts,
};
