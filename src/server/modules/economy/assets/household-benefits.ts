import { and, desc, eq } from 'drizzle-orm';
import type { HouseholdEconomyBenefits } from '../../../../contracts/api/economy-assets';
import { can } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf } from '../../../platform/scope';
import { economyBenefits, economyEntities } from '../tables';
import { BENEFIT_KIND_NAMES } from './labels';

/** 一户一档's 利益联结: what the household got (分红、就业), newest year first; null for roles that do not read the economy. */
export const householdBenefits = async (
  ctx: Ctx,
  householdId: string,
): Promise<HouseholdEconomyBenefits | null> => {
  if (!can(ctx.actor.role, 'economy.read')) return null;
  const b = economyBenefits;
  const rows = await ctx.db
    .select({
      id: b.id,
      year: b.year,
      kind: b.kind,
      amountFen: b.amountFen,
      jobs: b.jobs,
      entityName: economyEntities.name,
      note: b.note,
    })
    .from(b)
    .leftJoin(economyEntities, eq(economyEntities.id, b.entityId))
    .where(and(eq(b.householdId, householdId), inScope(b.regionCode, scopeOf(ctx.actor))))
    .orderBy(desc(b.year), desc(b.createdAt));
  return rows.map((r) => ({ ...r, kindLabel: BENEFIT_KIND_NAMES[r.kind] }));
};
