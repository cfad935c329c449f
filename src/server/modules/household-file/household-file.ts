import type { HouseholdFile } from '../../../contracts/api/household-file';
import type { Ctx } from '../../platform/context';
import { installedModules } from '../../platform/modules/registry';

/**
 * 一户一档: what each installed module holds on one household, in one answer. The module that
 * opens the file (households) finds the household in the caller's scope (NotFound otherwise)
 * before the others are asked; the other slots then run together. Points are null without a
 * points module; visits and events wait for their modules.
 */
export const householdFile = async (ctx: Ctx, householdId: string): Promise<HouseholdFile> => {
  const slots = installedModules().flatMap((m) => (m.householdFile ? [m.householdFile] : []));
  const [opener, ...rest] = slots.filter((s) => s.open);
  if (!opener?.open || rest.length > 0) throw new Error('一户一档 needs exactly one module that opens it');
  const { household, part } = await opener.open(ctx, householdId);
  const parts = await Promise.all(slots.map((s) => (s.read ? s.read(ctx, household) : {})));
  // Complete once every installed module has filled its part; the route's schema checks the rest.
  return Object.assign(
    { points: null, visits: null, events: null, flags: null },
    part,
    ...parts,
  ) as HouseholdFile;
};
