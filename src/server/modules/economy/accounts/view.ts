import { asc, count, eq, inArray } from 'drizzle-orm';
import type { AccountDetail, AccountView } from '../../../../contracts/api/economy-accounts';
import type { Ctx } from '../../../platform/context';
import { ancestorAt } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { bandsCache, type CountyBands, tierOf } from '../bands';
import { economyAccounts, economyIncomeLines } from '../tables';

// An account as the list and the page show it: its village's and township's names and its tier.

export type AccountRow = typeof economyAccounts.$inferSelect;

export const toViews = async (ctx: Ctx, rows: AccountRow[]): Promise<AccountView[]> => {
  const townships = rows.map((r) => ancestorAt(r.regionCode, 'township'));
  const names = await regionNames(ctx.db, [...rows.map((r) => r.regionCode), ...townships]);
  const ids = rows.map((r) => r.id);
  const counted = ids.length
    ? await ctx.db
        .select({ accountId: economyIncomeLines.accountId, n: count() })
        .from(economyIncomeLines)
        .where(inArray(economyIncomeLines.accountId, ids))
        .groupBy(economyIncomeLines.accountId)
    : [];
  const lines = new Map(counted.map((c) => [c.accountId, c.n]));
  // One look-up per county, one after the other: a transaction's client runs one query at a time.
  const bandsOf = bandsCache(ctx.db);
  const bands = new Map<string, CountyBands>();
  for (const r of rows) if (!bands.has(r.regionCode)) bands.set(r.regionCode, await bandsOf(r.regionCode));
  return rows.map((r, i) => {
    const band = tierOf(r, bands.get(r.regionCode) as CountyBands);
    return {
      id: r.id,
      year: r.year,
      regionCode: r.regionCode,
      villageName: names.get(r.regionCode) ?? r.regionCode,
      townshipCode: townships[i],
      townshipName: names.get(townships[i]) ?? townships[i],
      operatingFen: r.operatingFen,
      totalFen: r.totalFen,
      contractingFen: r.contractingFen,
      bandCode: band.code,
      bandLabel: band.label,
      note: r.note,
      lineCount: lines.get(r.id) ?? 0,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
};

/** The account with its lines, in quarter and code order. */
export const toDetail = async (ctx: Ctx, row: AccountRow): Promise<AccountDetail> => {
  const [view] = await toViews(ctx, [row]);
  const lines = await ctx.db
    .select()
    .from(economyIncomeLines)
    .where(eq(economyIncomeLines.accountId, row.id))
    .orderBy(
      asc(economyIncomeLines.quarter),
      asc(economyIncomeLines.code),
      asc(economyIncomeLines.createdAt),
    );
  return {
    ...view,
    lines: lines.map((l) => ({
      id: l.id,
      quarter: l.quarter,
      code: l.code,
      item: l.item,
      contracting: l.contracting,
      amountFen: l.amountFen,
      note: l.note,
    })),
  };
};

/** Reads the account again (after a write, inside the same transaction) and returns its detail. */
export const detailById = async (ctx: Ctx, id: string): Promise<AccountDetail> => {
  const [row] = await ctx.db.select().from(economyAccounts).where(eq(economyAccounts.id, id));
  return toDetail(ctx, row);
};
