import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { RuleView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { ownersAbove } from '../../platform/scope';
import { mayReadRulesAt } from './policy';
import { ruleView } from './rule-view';
import { type PointsSystem, pointsRules } from './tables';

/**
 * The current rules that apply at a place (a village: county + township + village rules), by
 * default the caller's own scope (a township sees the county catalogue and its own additions).
 */
export const listRules = async (
  ctx: Ctx,
  q: { system?: PointsSystem; regionCode?: string; includeInactive?: boolean },
): Promise<RuleView[]> => {
  const place = q.regionCode ?? ctx.actor.scopeCode;
  if (!mayReadRulesAt(ctx.actor, place)) throw new NotFound();
  const rows = await ctx.db
    .select()
    .from(pointsRules)
    .where(
      and(
        inArray(pointsRules.regionCode, ownersAbove(place)),
        isNull(pointsRules.supersededAt),
        q.system ? eq(pointsRules.system, q.system) : undefined,
        q.includeInactive ? undefined : eq(pointsRules.active, true),
      ),
    )
    .orderBy(asc(pointsRules.system), asc(pointsRules.code));
  return rows.map(ruleView);
};
