import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { addMonths, postedUnderRule } from './claim-cap';
import type { ClaimRow } from './claim-view';
import { post } from './ledger';
import { pointsAccounts, type pointsRules } from './tables';

const PERIOD_TEXT = { month: '每月', quarter: '每季', year: '每年' } as const;

/**
 * What approving a claim does (审核通过), inside the approval's transaction: checks the rule's cap
 * for the period, posts the points once (the claim id is the posting's key) and, for a deduction
 * that suspends redemptions, sets how long.
 */
export const postClaim = async (
  tx: Ctx,
  claim: ClaimRow,
  rule: typeof pointsRules.$inferSelect,
): Promise<{ points: number; frozenUntil?: string }> => {
  const [account] = await tx.db
    .select()
    .from(pointsAccounts)
    .where(eq(pointsAccounts.id, claim.accountId))
    .for('update');
  if (rule.cap != null && rule.capPeriod && claim.points > 0) {
    const already = await postedUnderRule(tx, account.id, rule.ruleKey, claim.occurredOn, rule.capPeriod);
    if (already + claim.points > rule.cap)
      throw new Conflict(
        `超出此项上限：本期已得 ${already} 分，上限 ${rule.cap} 分（${PERIOD_TEXT[rule.capPeriod]}）`,
      );
  }
  await post(tx, {
    accountId: account.id,
    regionCode: account.regionCode,
    system: account.system,
    amount: claim.points,
    kind: claim.points > 0 ? 'award' : 'deduction',
    occurredOn: claim.occurredOn,
    idempotencyKey: `claim:${claim.id}`,
    ruleId: claim.ruleId,
    claimId: claim.id,
    note: claim.note,
  });
  if (!rule.freezeMonths || claim.points >= 0) return { points: claim.points };
  const until = addMonths(claim.occurredOn, rule.freezeMonths);
  if (!account.frozenUntil || account.frozenUntil < until)
    await tx.db.update(pointsAccounts).set({ frozenUntil: until }).where(eq(pointsAccounts.id, account.id));
  return { points: claim.points, frozenUntil: until };
};
