import type { ClaimStatus } from '../../../contracts/api/points';
import { attachmentCount } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { defineWorkflow } from '../../platform/workflow/define';
import { ruleOfClaim } from './claim-in-reach';
import type { ClaimRow } from './claim-view';
import { isProposer, mayDecide, maySeeClaim } from './policy';
import { postClaim } from './post-claim';
import { pointsClaims, type pointsRules } from './tables';

// 积分申报的流程: 未提交 (kept to add photos first) → 待审核 → 已通过 (points posted) or 已退回 with a
// reason → 重新提交 by the proposer; the proposer may withdraw until it is approved. A rule that
// asks for a photo (evidenceRequired) lets a claim be sent, resent or approved only with one.

type RuleRow = typeof pointsRules.$inferSelect;

// A rule version never changes (an edit adds a version), so the rules a request has loaded are
// kept for the rest of it, keyed by its actor (shared by every context of the request).
const loaded = new WeakMap<object, Map<string, RuleRow>>();

export const rememberRules = (ctx: Ctx, rules: Iterable<RuleRow>): void => {
  const known = loaded.get(ctx.actor) ?? new Map<string, RuleRow>();
  for (const r of rules) known.set(r.id, r);
  loaded.set(ctx.actor, known);
};

const ruleOf = async (ctx: Ctx, claim: ClaimRow): Promise<RuleRow> => {
  const known = loaded.get(ctx.actor)?.get(claim.ruleId);
  if (known) return known;
  const rule = await ruleOfClaim(ctx, claim);
  rememberRules(ctx, [rule]);
  return rule;
};

const needsPhoto = async (ctx: Ctx, claim: ClaimRow) => (await ruleOf(ctx, claim)).evidenceRequired;
const decides = async (ctx: Ctx, claim: ClaimRow) => mayDecide(ctx.actor, await ruleOf(ctx, claim));
const proposes = (ctx: Ctx, claim: ClaimRow) => isProposer(ctx.actor, claim);
const decided = (ctx: Ctx) => ({
  decidedBy: ctx.actor.userId,
  decidedByName: ctx.actor.displayName,
  decidedAt: new Date(),
});

export const claimWorkflow = defineWorkflow<ClaimStatus, ClaimRow>({
  kind: 'points_claim',
  auditPrefix: 'points.claim',
  noun: '申报',
  table: pointsClaims,
  stateColumn: pointsClaims.status,
  stateKey: 'status',
  states: {
    draft: { zh: '未提交', en: 'Not sent' },
    pending: { zh: '待审核', en: 'Pending' },
    approved: { zh: '已通过', en: 'Approved' },
    returned: { zh: '已退回', en: 'Returned' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  visible: (ctx, claim) => maySeeClaim(ctx.actor, claim),
  evidenceCount: (ctx, claim) => attachmentCount(ctx, 'points_claim', claim.id),
  transitions: {
    submit: {
      from: ['draft'],
      to: 'pending',
      label: { zh: '提交', en: 'Submit' },
      allowed: proposes,
      needs: { evidence: needsPhoto },
    },
    approve: {
      from: ['pending'],
      to: 'approved',
      label: { zh: '审核通过', en: 'Approve' },
      allowed: decides,
      needs: { evidence: needsPhoto },
      effect: async (tx, claim) => {
        const posted = await postClaim(tx, claim, await ruleOf(tx, claim));
        return { set: decided(tx), data: posted };
      },
    },
    return: {
      from: ['pending'],
      to: 'returned',
      label: { zh: '退回', en: 'Return' },
      allowed: decides,
      needs: { reason: true },
      effect: async (tx, _claim, input) => ({
        set: { ...decided(tx), reason: input.reason?.trim() ?? null },
      }),
    },
    resubmit: {
      from: ['returned'],
      to: 'pending',
      label: { zh: '重新提交', en: 'Resubmit' },
      allowed: proposes,
      needs: { evidence: needsPhoto },
      // The return's reason stays in the history; the claim waits afresh.
      effect: async () => ({ set: { decidedBy: null, decidedByName: null, decidedAt: null, reason: null } }),
    },
    withdraw: {
      from: ['draft', 'pending', 'returned'],
      to: 'withdrawn',
      label: { zh: '撤回', en: 'Withdraw' },
      allowed: proposes,
    },
  },
});

export type ClaimAction = keyof typeof claimWorkflow.transitions;
export const CLAIM_ACTIONS = Object.keys(claimWorkflow.transitions) as ClaimAction[];
