import { and, desc, eq } from 'drizzle-orm';
import type { HouseholdFlags } from '../../../../contracts/api/assess-flags';
import { can } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf } from '../../../platform/scope';
import { flagAwards, flagKinds } from '../tables';
import { FLAG_STATES } from './flag-workflow';

/** 一户一档's red flags (红旗户): the household's nominations and awards, newest year first; null for roles that do not read assessments. */
export const householdFlags = async (ctx: Ctx, householdId: string): Promise<HouseholdFlags | null> => {
  if (!can(ctx.actor.role, 'assess.read')) return null;
  const rows = await ctx.db
    .select({ id: flagAwards.id, kind: flagKinds.name, year: flagAwards.year, status: flagAwards.status })
    .from(flagAwards)
    .innerJoin(flagKinds, eq(flagKinds.id, flagAwards.kindId))
    .where(and(eq(flagAwards.householdId, householdId), inScope(flagAwards.regionCode, scopeOf(ctx.actor))))
    .orderBy(desc(flagAwards.year), desc(flagAwards.createdAt));
  return rows.map((r) => ({ ...r, statusLabel: FLAG_STATES[r.status].zh }));
};
