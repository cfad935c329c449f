import { and, eq } from 'drizzle-orm';
import type { VillageIncome } from '../../../../contracts/api/economy-plans';
import type { Db } from '../../../platform/db/types';
import { ancestorAt, underRegion } from '../../../platform/scope';
import { descendantsOf } from '../../regions/list-descendants';
import { displayVillageName } from '../../regions/names';
import { regionNames } from '../../regions/region-view';
import { incomeOf } from '../bands';
import { economyAccounts, type TierBasis } from '../tables';

// Every village under a region with its income of a year by the county's basis: one account row per
// village, and a village without an account counts as 0 (it is named, not left out).

export const villageIncomes = async (
  db: Db,
  regionCode: string,
  year: number,
  basis: TierBasis,
): Promise<VillageIncome[]> => {
  const [villages, accounts] = await Promise.all([
    descendantsOf(db, regionCode, 'village'),
    db
      .select({
        code: economyAccounts.regionCode,
        operatingFen: economyAccounts.operatingFen,
        totalFen: economyAccounts.totalFen,
      })
      .from(economyAccounts)
      .where(and(eq(economyAccounts.year, year), underRegion(economyAccounts.regionCode, regionCode))),
  ]);
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  const townships = await regionNames(db, [...new Set(villages.map((v) => ancestorAt(v.code, 'township')))]);
  return villages.map((v) => {
    const account = byCode.get(v.code);
    return {
      code: v.code,
      name: displayVillageName(v.name),
      townshipName: townships.get(ancestorAt(v.code, 'township')) ?? null,
      incomeFen: account ? incomeOf(account, basis) : 0,
      hasAccount: !!account,
    };
  });
};

/** Names of villages and their townships, for lists of plans. */
export const villageLabels = async (db: Db, codes: string[]) => {
  const names = await regionNames(db, [...codes, ...codes.map((c) => ancestorAt(c, 'township'))]);
  return (code: string) => ({
    regionName: displayVillageName(names.get(code) ?? code),
    townshipName: names.get(ancestorAt(code, 'township')) ?? null,
  });
};
