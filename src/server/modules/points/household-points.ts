import { and, desc, eq } from 'drizzle-orm';
import type { HouseholdPoints } from '../../../contracts/api/household-file';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { currentYear, yearTotals } from './accounts';
import { ledgerViews } from './ledger-view';
import { readsHouseholdPoints } from './policy';
import { pointsAccounts, pointsLedger } from './tables';

const RECENT = 5;

/**
 * A household's civilization points (文明积分) for the one-household view: balance, this year's
 * total and the latest entries. Reading never opens an account: a household without one has
 * `accountId` null and nothing earned yet. Null for roles that do not read points.
 */
export const householdPoints = async (ctx: Ctx, householdId: string): Promise<HouseholdPoints | null> => {
  if (!readsHouseholdPoints(ctx.actor)) return null;
  const [account] = await ctx.db
    .select()
    .from(pointsAccounts)
    .where(
      and(
        eq(pointsAccounts.system, 'civil'),
        eq(pointsAccounts.holderId, householdId),
        inScope(pointsAccounts.regionCode, scopeOf(ctx.actor)),
      ),
    );
  if (!account) return { accountId: null, balance: 0, yearTotal: 0, frozenUntil: null, recent: [] };
  const [recent, totals] = await Promise.all([
    ctx.db
      .select()
      .from(pointsLedger)
      .where(eq(pointsLedger.accountId, account.id))
      .orderBy(desc(pointsLedger.createdAt), desc(pointsLedger.id))
      .limit(RECENT)
      .then((rows) => ledgerViews(ctx, rows)),
    yearTotals(ctx, [account.id], currentYear()),
  ]);
  return {
    accountId: account.id,
    balance: account.balance,
    yearTotal: totals.get(account.id) ?? 0,
    frozenUntil: account.frozenUntil,
    recent,
  };
};
