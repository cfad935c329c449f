import { desc } from 'drizzle-orm';
import type { HouseholdVisits } from '../../../../contracts/api/visits';
import { can } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import type { HouseholdRef } from '../../../platform/modules/manifest';
import { visitRecords } from '../tables';
import { visitWhere } from './list-visits';
import { countVisits, selectVisits, toListItems } from './visit-view';

// 一户一档: the household's visits (how many, the latest five); null for roles that read no visits.

const RECENT = 5;

export const householdVisits = async (ctx: Ctx, household: HouseholdRef): Promise<HouseholdVisits | null> => {
  if (!can(ctx.actor.role, 'visits.read') && !can(ctx.actor.role, 'visits.record')) return null;
  const where = visitWhere(ctx, { householdId: household.id });
  const [rows, total] = await Promise.all([
    selectVisits(ctx, where)
      .orderBy(desc(visitRecords.visitedOn), desc(visitRecords.createdAt))
      .limit(RECENT),
    countVisits(ctx, where),
  ]);
  return { total, recent: await toListItems(ctx, rows) };
};
