import { attachmentCount } from '../../../platform/attachments/views';
import { defineWorkflow } from '../../../platform/workflow/define';
import { type FlagStatus, flagAwards } from '../tables';
import { mayAward, mayReject, mayReview } from './policy';

// 争创五旗的流程: 已提名 (by the level above the target) —审核 (township)→ 已审核 —授旗 (county)→
// 已授旗; 不予通过 (with a reason) while undecided; 撤销 (with a reason) after the award. A rejected
// or revoked award frees its kind, year and target for a new nomination.

export type FlagAwardRow = typeof flagAwards.$inferSelect;
export const FLAG_AWARD_KIND = 'flag_award';

export const FLAG_STATES: Record<FlagStatus, { zh: string; en: string }> = {
  nominated: { zh: '待审核', en: 'Nominated' },
  reviewed: { zh: '待授旗', en: 'Reviewed' },
  awarded: { zh: '已授旗', en: 'Awarded' },
  rejected: { zh: '未通过', en: 'Rejected' },
  revoked: { zh: '已撤销', en: 'Revoked' },
};

export const flagWorkflow = defineWorkflow<FlagStatus, FlagAwardRow>({
  kind: FLAG_AWARD_KIND,
  auditPrefix: 'assessments.flag',
  noun: '红旗提名',
  table: flagAwards,
  stateColumn: flagAwards.status,
  stateKey: 'status',
  states: FLAG_STATES,
  evidenceCount: (ctx, award) => attachmentCount(ctx, FLAG_AWARD_KIND, award.id),
  transitions: {
    review: {
      from: ['nominated'],
      to: 'reviewed',
      label: { zh: '审核通过', en: 'Review' },
      allowed: (ctx, award) => mayReview(ctx.actor, award),
    },
    award: {
      from: ['reviewed'],
      to: 'awarded',
      label: { zh: '授旗', en: 'Award' },
      allowed: (ctx) => mayAward(ctx.actor),
      effect: async () => ({ set: { awardedAt: new Date(), updatedAt: new Date() } }),
    },
    reject: {
      from: ['nominated', 'reviewed'],
      to: 'rejected',
      label: { zh: '不予通过', en: 'Reject' },
      allowed: (ctx, award) => mayReject(ctx.actor, award),
      needs: { reason: true },
    },
    revoke: {
      from: ['awarded'],
      to: 'revoked',
      label: { zh: '撤销', en: 'Revoke' },
      allowed: (ctx) => mayAward(ctx.actor),
      needs: { reason: true },
    },
  },
});
