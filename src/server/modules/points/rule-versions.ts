import { desc, eq } from 'drizzle-orm';
import type { RuleView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { getRule } from './get-rule';
import { ruleView } from './rule-view';
import { pointsRules } from './tables';

/** Every version of a rule, newest first. */
export const ruleVersions = async (ctx: Ctx, ruleId: string): Promise<RuleView[]> => {
  const rule = await getRule(ctx, ruleId);
  const rows = await ctx.db
    .select()
    .from(pointsRules)
    .where(eq(pointsRules.ruleKey, rule.ruleKey))
    .orderBy(desc(pointsRules.version));
  return rows.map(ruleView);
};
