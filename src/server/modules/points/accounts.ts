import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { AccountView } from '../../../contracts/api/points';
import { newId } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { householdSummaries } from '../households/lookups';
import { memberSummaries } from '../members/lookups';
import { type PointsSystem, pointsAccounts, pointsLedger } from './tables';

// Accounts: one per party member (党员积分) and one per household (文明积分), opened on first use
// in the holder's village. The holder decides the scope: an account is reached only through a
// holder the caller may see.

export type AccountRow = typeof pointsAccounts.$inferSelect;

export interface Holder {
  system: PointsSystem;
  id: string;
  regionCode: string;
  name: string;
  householdNo: string | null;
  /** The branch of a party member. */
  orgId: string | null;
}

/** The member or household behind an account, in the caller's scope; NotFound otherwise. */
export const holderOf = async (ctx: Ctx, system: PointsSystem, holderId: string): Promise<Holder> => {
  if (system === 'member') {
    const m = (await memberSummaries(ctx, [holderId])).get(holderId);
    if (!m) throw new NotFound('党员不存在或不在您的管辖范围内');
    return { system, id: m.id, regionCode: m.regionCode, name: m.name, householdNo: null, orgId: m.orgId };
  }
  const h = (await householdSummaries(ctx, [holderId])).get(holderId);
  if (!h) throw new NotFound('农户不存在或不在您的管辖范围内');
  return {
    system,
    id: h.id,
    regionCode: h.regionCode,
    name: h.headName ?? h.householdNo,
    householdNo: h.householdNo,
    orgId: null,
  };
};

/** The holder's account, opened when it does not exist yet (two racing openers get the same one). */
export const accountOf = async (ctx: Ctx, holder: Holder): Promise<AccountRow> => {
  const find = () =>
    ctx.db
      .select()
      .from(pointsAccounts)
      .where(and(eq(pointsAccounts.system, holder.system), eq(pointsAccounts.holderId, holder.id)))
      .limit(1);
  const [existing] = await find();
  if (existing) return existing;
  await ctx.db
    .insert(pointsAccounts)
    .values({ id: newId(), regionCode: holder.regionCode, system: holder.system, holderId: holder.id })
    .onConflictDoNothing();
  const [opened] = await find();
  return opened;
};

/** An account by id in the caller's scope. */
export const getAccount = (ctx: Ctx, accountId: string, o: { forUpdate?: boolean } = {}) =>
  getInScope(ctx.db, pointsAccounts, accountId, scopeOf(ctx.actor), o);

/** Points earned minus deducted (awards, deductions, reversals, imports) per account in a year. */
export const yearTotals = async (
  ctx: Ctx,
  accountIds: string[],
  year: number,
): Promise<Map<string, number>> => {
  if (accountIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      accountId: pointsLedger.accountId,
      total: sql<number>`coalesce(sum(${pointsLedger.amount}), 0)::int`,
    })
    .from(pointsLedger)
    .where(
      and(
        inArray(pointsLedger.accountId, accountIds),
        inArray(pointsLedger.kind, ['award', 'deduction', 'reversal', 'import']),
        gte(pointsLedger.occurredOn, `${year}-01-01`),
        lt(pointsLedger.occurredOn, `${year + 1}-01-01`),
      ),
    )
    .groupBy(pointsLedger.accountId);
  return new Map(rows.map((r) => [r.accountId, Number(r.total)]));
};

/** Account views with holder names; holders outside the scope are left out. */
export const accountViews = async (ctx: Ctx, rows: AccountRow[], year: number): Promise<AccountView[]> => {
  // Independent reads, sent together (on PostgreSQL each takes its own connection).
  const [members, homes, totals] = await Promise.all([
    memberSummaries(
      ctx,
      rows.filter((r) => r.system === 'member').map((r) => r.holderId),
    ),
    householdSummaries(
      ctx,
      rows.filter((r) => r.system === 'civil').map((r) => r.holderId),
    ),
    yearTotals(
      ctx,
      rows.map((r) => r.id),
      year,
    ),
  ]);
  return rows.map((r) => {
    const home = homes.get(r.holderId);
    return {
      id: r.id,
      system: r.system,
      regionCode: r.regionCode,
      holderId: r.holderId,
      holderName:
        r.system === 'member'
          ? (members.get(r.holderId)?.name ?? '')
          : (home?.headName ?? home?.householdNo ?? ''),
      householdNo: home?.householdNo ?? null,
      balance: r.balance,
      yearTotal: totals.get(r.id) ?? 0,
      frozenUntil: r.frozenUntil,
    };
  });
};

export const currentYear = () => new Date().getFullYear();

/** Account views by account id (for claims, redemptions and rankings that refer to accounts). */
export const accountViewsById = async (ctx: Ctx, ids: string[]): Promise<Map<string, AccountView>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db.select().from(pointsAccounts).where(inArray(pointsAccounts.id, unique));
  return new Map((await accountViews(ctx, rows, currentYear())).map((a) => [a.id, a]));
};
