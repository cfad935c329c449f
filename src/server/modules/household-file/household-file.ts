import type { HouseholdFile } from '../../../contracts/api/household-file';
import type { Ctx } from '../../platform/context';
import { householdProfile } from '../households/household-profile';
import { householdParty } from '../members/household-party';
import { householdPoints } from '../points/household-points';

/**
 * 一户一档: what each module holds on one household, in one answer. The households module finds
 * the household in the caller's scope (NotFound otherwise) before the others are asked; the
 * party side and the points then run together. Visits and events wait for their modules.
 */
export const householdFile = async (ctx: Ctx, householdId: string): Promise<HouseholdFile> => {
  const profile = await householdProfile(ctx, householdId);
  const [party, points] = await Promise.all([
    householdParty(
      ctx,
      householdId,
      profile.members.map((m) => m.id),
    ),
    householdPoints(ctx, householdId),
  ]);
  return { ...profile, ...party, points, visits: null, events: null };
};
