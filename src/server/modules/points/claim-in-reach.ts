import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { Forbidden, NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import type { ClaimRow } from './claim-view';
import { mayDecide, maySeeClaim } from './policy';
import { pointsClaims, pointsRules } from './tables';

/**
 * A claim the caller may see: in scope and, for a party member, their own; NotFound otherwise
 * (404 alike for a claim elsewhere and for a fellow member's). `forUpdate` locks it for a decision.
 */
export const claimInReach = async (ctx: Ctx, claimId: string, o: { forUpdate?: boolean } = {}) => {
  const claim = await getInScope(ctx.db, pointsClaims, claimId, scopeOf(ctx.actor), o);
  if (!maySeeClaim(ctx.actor, claim)) throw new NotFound();
  return claim;
};

/** The claim's rule version. */
export const ruleOfClaim = async (ctx: Ctx, claim: ClaimRow) => {
  const [rule] = await ctx.db.select().from(pointsRules).where(eq(pointsRules.id, claim.ruleId));
  return rule;
};

/** The claim's rule, when the caller's role may approve or return claims under it. */
export const ruleForDecision = async (ctx: Ctx, claim: ClaimRow) => {
  const rule = await ruleOfClaim(ctx, claim);
  if (!mayDecide(ctx.actor, rule)) throw new Forbidden('您的角色不能审核此项积分');
  return rule;
};
