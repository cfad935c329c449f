import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types';
import { CONTRACTING_TAG_FROM, isOperating } from '../defaults';
import { economyAccounts, economyIncomeLines, type IncomeCode } from '../tables';

// An account's sums (operating, total, contracting) are kept on its row by every write of its
// income lines, in the same transaction, so summaries read one row per village and year.

export interface LineAmount {
  code: IncomeCode;
  amountFen: number;
  contracting?: boolean;
}

/** Before 2024 contracting income is I2 itself; from 2024 it is the lines tagged 发包. */
export const isContracting = (year: number, line: LineAmount): boolean =>
  year < CONTRACTING_TAG_FROM ? line.code === 'I2' || line.contracting === true : line.contracting === true;

export const accountSums = (year: number, lines: readonly LineAmount[]) => {
  let operatingFen = 0;
  let totalFen = 0;
  let contractingFen = 0;
  for (const line of lines) {
    totalFen += line.amountFen;
    if (isOperating(line.code)) operatingFen += line.amountFen;
    if (isContracting(year, line)) contractingFen += line.amountFen;
  }
  return { operatingFen, totalFen, contractingFen };
};

/** Recomputes an account's sums from its lines (call inside the transaction that changed them). */
export const refreshAccountSums = async (tx: Db, accountId: string): Promise<void> => {
  const [account] = await tx
    .select({ year: economyAccounts.year })
    .from(economyAccounts)
    .where(eq(economyAccounts.id, accountId));
  if (!account) return;
  const lines = await tx
    .select({
      code: economyIncomeLines.code,
      amountFen: economyIncomeLines.amountFen,
      contracting: economyIncomeLines.contracting,
    })
    .from(economyIncomeLines)
    .where(eq(economyIncomeLines.accountId, accountId));
  await tx
    .update(economyAccounts)
    .set({ ...accountSums(account.year, lines), updatedAt: sql`now()` })
    .where(eq(economyAccounts.id, accountId));
};
