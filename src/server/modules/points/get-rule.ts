import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { mayReadRulesAt } from './policy';
import type { RuleRow } from './rule-view';
import { pointsRules } from './tables';

/** Loads a rule version in the caller's reach: owned by an ancestor of the caller's scope or inside it. */
export const getRule = async (ctx: Ctx, ruleId: string): Promise<RuleRow> => {
  const [rule] = await ctx.db.select().from(pointsRules).where(eq(pointsRules.id, ruleId)).limit(1);
  if (!rule || !mayReadRulesAt(ctx.actor, rule.regionCode)) throw new NotFound();
  return rule;
};
