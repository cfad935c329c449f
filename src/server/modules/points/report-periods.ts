import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { type PointsSystem, pointsAccounts, pointsLedger } from './tables';

// Rankings (党员积分排名), the vanguard wall (党员先锋墙), the smiling-face wall (善治笑脸墙) and the
// shop's monthly statement: all read from the ledger and the stock moves, never from a tally kept aside.

/** Entries that count towards a score: awards, deductions, their reversals and imported history. */
export const SCORED = ['award', 'deduction', 'reversal', 'import'] as const;

/** 党员积分: every member starts the year with 100 (CATALOGUES.md §3). */
export const MEMBER_BASE = 100;

/** [from, to) of 'YYYY' or 'YYYY-MM' as dates. */
export const periodRange = (period: string): [string, string] => {
  const [y, m] = period.split('-').map(Number);
  if (!m) return [`${y}-01-01`, `${y + 1}-01-01`];
  const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return [`${y}-${String(m).padStart(2, '0')}-01`, end];
};

/**
 * 星级 plaques follow Huaning (CATALOGUES.md §3), whose members start the year at 60 and earn their
 * stars: 60–69 1★, 70–79 2★, 80–89 3★, 90–95 4★, ≥ 96 5★. The bands are read on that base
 * (60 + the year's net points), not on the 100 the yearly score starts from: on 100 a member
 * with no points at all would already hold 5★, and every plaque on the wall would be the same.
 */
export const PLAQUE_BASE = 60;

/** The plaque for a member's net points of the year: 0 → 1★, +10 → 2★, +20 → 3★, +30 → 4★, +36 → 5★. */
export const starsFor = (yearTotal: number): number => {
  const score = PLAQUE_BASE + yearTotal;
  return score >= 96 ? 5 : score >= 90 ? 4 : score >= 80 ? 3 : score >= 70 ? 2 : score >= 60 ? 1 : 0;
};

/** A name as a village posts it: 黄*明, 黄*. */
export const maskName = (name: string): string => {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
};

/** Score totals per account of a system under a region in a period: one grouped scan of the ledger. */
export const periodTotals = (
  ctx: Ctx,
  o: { system: PointsSystem; regionCode: string; period: string; limit?: number },
) => {
  const [from, to] = periodRange(o.period);
  const total = sql<number>`sum(${pointsLedger.amount})::int`;
  const query = ctx.db
    .select({ accountId: pointsLedger.accountId, total })
    .from(pointsLedger)
    .where(
      and(
        inScope(pointsLedger.regionCode, scopeOf(ctx.actor)),
        underRegion(pointsLedger.regionCode, o.regionCode),
        eq(pointsLedger.system, o.system),
        gte(pointsLedger.occurredOn, from),
        lt(pointsLedger.occurredOn, to),
        inArray(pointsLedger.kind, [...SCORED]),
      ),
    )
    .groupBy(pointsLedger.accountId)
    .orderBy(desc(total), asc(pointsLedger.accountId));
  return o.limit ? query.limit(o.limit) : query;
};

export const holdersOf = async (ctx: Ctx, accountIds: string[]) => {
  if (accountIds.length === 0) return new Map<string, typeof pointsAccounts.$inferSelect>();
  const rows = await ctx.db.select().from(pointsAccounts).where(inArray(pointsAccounts.id, accountIds));
  return new Map(rows.map((r) => [r.id, r]));
};
