import { and, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Coverage } from '../../../contracts/api/org';
import { coveredUnitType } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { assertInScope, inScope, scopeOf, underRegion } from '../../platform/scope';
import { coveredUnits, partyOrgs } from './tables';

/** Percent with two decimals (75.47), or null when the denominator is 0. */
export const percentOf = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator * 10000) / denominator) / 100;

/**
 * 两个覆盖 rates per unit type, counted from the records: organizational coverage (组织覆盖) =
 * units with a living party organization; work coverage (工作覆盖) = units with an organization
 * or at least a party-building instructor (党建指导员).
 */
export const coverage = async (ctx: Ctx, regionCode?: string): Promise<Coverage> => {
  const scope = scopeOf(ctx.actor);
  const code = regionCode ?? ctx.actor.scopeCode;
  assertInScope(code, scope);
  const hasOrg = and(isNotNull(coveredUnits.partyOrgId), isNull(partyOrgs.deletedAt));
  const rows = await ctx.db
    .select({
      unitType: coveredUnits.unitType,
      total: count(),
      organizational: sql<number>`count(*) filter (where ${hasOrg})::int`,
      work: sql<number>`count(*) filter (where ${or(hasOrg, isNotNull(coveredUnits.instructorName))})::int`,
    })
    .from(coveredUnits)
    .leftJoin(partyOrgs, eq(partyOrgs.id, coveredUnits.partyOrgId))
    .where(
      and(
        inScope(coveredUnits.regionCode, scope),
        underRegion(coveredUnits.regionCode, code),
        isNull(coveredUnits.deletedAt),
      ),
    )
    .groupBy(coveredUnits.unitType);
  const byType = coveredUnitType.values.map((unitType) => {
    const r = rows.find((x) => x.unitType === unitType);
    const total = r?.total ?? 0;
    const rate = (n: number) => ({ numerator: n, denominator: total, percent: percentOf(n, total) });
    return {
      unitType,
      organizational: rate(Number(r?.organizational ?? 0)),
      work: rate(Number(r?.work ?? 0)),
    };
  });
  return { regionCode: code, byType };
};
