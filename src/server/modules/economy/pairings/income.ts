import { and, inArray } from 'drizzle-orm';
import type { PairingIncome } from '../../../../contracts/api/economy-pairings';
import type { Db } from '../../../platform/db/types';
import { economyAccounts } from '../tables';

// 帮扶前后收入: the weak village's operating income (I1–I3, the default basis of the tiers) in the
// year before the pairing began, and in its latest account from the first year of the pairing on.
// Read from the yearly accounts (economy_accounts keeps the sums of the lines).

export type IncomesByVillage = Map<string, Map<number, number>>;

/** Operating income per village and year, for the villages given (all years, or one). */
export const operatingIncomes = async (
  db: Db,
  villages: string[],
  year?: number,
): Promise<IncomesByVillage> => {
  const out: IncomesByVillage = new Map();
  if (villages.length === 0) return out;
  const rows = await db
    .select({
      regionCode: economyAccounts.regionCode,
      year: economyAccounts.year,
      operatingFen: economyAccounts.operatingFen,
    })
    .from(economyAccounts)
    .where(
      and(
        inArray(economyAccounts.regionCode, [...new Set(villages)]),
        year === undefined ? undefined : inArray(economyAccounts.year, [year]),
      ),
    );
  for (const r of rows) {
    const years = out.get(r.regionCode) ?? new Map<number, number>();
    years.set(r.year, r.operatingFen);
    out.set(r.regionCode, years);
  }
  return out;
};

/** Before and after for one pairing, from the incomes of its weak village. */
export const pairingIncome = (years: Map<number, number> | undefined, startYear: number): PairingIncome => {
  const beforeYear = startYear - 1;
  const beforeFen = years?.get(beforeYear) ?? null;
  const since = [...(years?.keys() ?? [])].filter((y) => y >= startYear);
  const afterYear = since.length ? Math.max(...since) : null;
  const afterFen = afterYear === null ? null : (years?.get(afterYear) ?? null);
  return {
    beforeYear,
    beforeFen,
    afterYear,
    afterFen,
    changeFen: beforeFen !== null && afterFen !== null ? afterFen - beforeFen : null,
  };
};
