import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { boardSchema, rankingSchema, StatementView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { assertInScope, inScope, scopeOf, underRegion, villageOf } from '../../platform/scope';
import { householdSummaries } from '../households/lookups';
import { membersIn } from '../members/lookups';
import { orgSummaries } from '../org/lookups';
import { regionNames } from '../regions/region-view';
import {
  type PointsSystem,
  pointsAccounts,
  pointsGoods,
  pointsLedger,
  pointsRedemptions,
  pointsStockMoves,
} from './tables';

// Rankings (党员积分排名), the vanguard wall (党员先锋墙), the smiling-face wall (善治笑脸墙) and the
// shop's monthly statement: all read from the ledger and the stock moves, never from a tally kept aside.

/** Entries that count towards a score: awards, deductions, their reversals and imported history. */
const SCORED = ['award', 'deduction', 'reversal', 'import'] as const;
/** 党员积分: every member starts the year with 100 (CATALOGUES.md §3). */
export const MEMBER_BASE = 100;

/** [from, to) of 'YYYY' or 'YYYY-MM' as dates. */
export const periodRange = (period: string): [string, string] => {
  const [y, m] = period.split('-').map(Number);
  if (!m) return [`${y}-01-01`, `${y + 1}-01-01`];
  const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return [`${y}-${String(m).padStart(2, '0')}-01`, end];
};

/** The plaque for a yearly member score: 60–69 1★ … ≥ 96 5★ (CATALOGUES.md §3, Huaning). */
export const starsFor = (score: number): number =>
  score >= 96 ? 5 : score >= 90 ? 4 : score >= 80 ? 3 : score >= 70 ? 2 : score >= 60 ? 1 : 0;

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

const holdersOf = async (ctx: Ctx, accountIds: string[]) => {
  if (accountIds.length === 0) return new Map<string, typeof pointsAccounts.$inferSelect>();
  const rows = await ctx.db.select().from(pointsAccounts).where(inArray(pointsAccounts.id, accountIds));
  return new Map(rows.map((r) => [r.id, r]));
};

type Ranking = z.infer<typeof rankingSchema>;

/**
 * Names in pinyin order. One collator for all comparisons: `localeCompare(x, 'zh')` builds a
 * collator per call, which made sorting a township's few thousand members the slowest part of the ranking.
 */
const byName = new Intl.Collator('zh').compare;

/**
 * 排名 within a branch or a region. Party members are all ranked (a member with no entries has the
 * base score); households are ranked by what they earned in the period.
 */
export const ranking = async (
  ctx: Ctx,
  q: { system: PointsSystem; orgId?: string; regionCode?: string; period: string; limit: number },
): Promise<Ranking> => {
  const regionCode = q.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const yearly = q.period.length === 4;
  if (q.system === 'member') {
    // Independent reads, sent together (on PostgreSQL each takes its own connection).
    const [members, accounts, periodRows] = await Promise.all([
      membersIn(ctx, { regionCode, orgId: q.orgId }),
      ctx.db
        .select({ id: pointsAccounts.id, holderId: pointsAccounts.holderId })
        .from(pointsAccounts)
        .where(
          and(
            eq(pointsAccounts.system, 'member'),
            inScope(pointsAccounts.regionCode, scopeOf(ctx.actor)),
            underRegion(pointsAccounts.regionCode, regionCode),
          ),
        ),
      periodTotals(ctx, { system: 'member', regionCode, period: q.period }),
    ]);
    if (q.orgId && members.length === 0) throw new NotFound('党组织不存在、没有党员或不在您的管辖范围内');
    const accountOf = new Map(accounts.map((a) => [a.holderId, a.id]));
    const totals = new Map(periodRows.map((t) => [t.accountId, Number(t.total)]));
    const [orgs, villages] = await Promise.all([
      orgSummaries(
        ctx,
        members.map((m) => m.orgId),
      ),
      regionNames(ctx.db, [...new Set(members.map((m) => villageOf(m.regionCode)))]),
    ]);
    const rows = members
      .map((m) => {
        const accountId = accountOf.get(m.id) ?? null;
        const total = accountId ? (totals.get(accountId) ?? 0) : 0;
        return { m, accountId, total };
      })
      .sort((a, b) => b.total - a.total || byName(a.m.name, b.m.name));
    return {
      period: q.period,
      items: rows.slice(0, q.limit).map((r, i) => ({
        rank: i + 1,
        accountId: r.accountId ?? r.m.id,
        holderName: r.m.name,
        householdNo: null,
        regionCode: r.m.regionCode,
        villageName: villages.get(villageOf(r.m.regionCode)) ?? null,
        orgName: orgs.get(r.m.orgId)?.name ?? null,
        total: r.total,
        score: yearly ? MEMBER_BASE + r.total : null,
        stars: yearly ? starsFor(MEMBER_BASE + r.total) : null,
      })),
    };
  }
  const totals = await periodTotals(ctx, { system: 'civil', regionCode, period: q.period, limit: q.limit });
  const accounts = await holdersOf(
    ctx,
    totals.map((t) => t.accountId),
  );
  const homes = await householdSummaries(
    ctx,
    [...accounts.values()].map((a) => a.holderId),
  );
  const villages = await regionNames(ctx.db, [
    ...new Set([...accounts.values()].map((a) => villageOf(a.regionCode))),
  ]);
  return {
    period: q.period,
    items: totals.map((t, i) => {
      const account = accounts.get(t.accountId)!;
      const home = homes.get(account.holderId);
      return {
        rank: i + 1,
        accountId: t.accountId,
        holderName: home?.headName ?? home?.householdNo ?? '',
        householdNo: home?.householdNo ?? null,
        regionCode: account.regionCode,
        villageName: villages.get(villageOf(account.regionCode)) ?? null,
        orgName: null,
        total: Number(t.total),
        score: null,
        stars: null,
      };
    }),
  };
};

type Board = z.infer<typeof boardSchema>;

const villageName = async (ctx: Ctx, villageCode: string) => {
  assertInScope(villageCode, scopeOf(ctx.actor));
  const name = (await regionNames(ctx.db, [villageCode])).get(villageCode);
  if (!name) throw new NotFound();
  return name;
};

/** 党员先锋墙: every member of the village with the year's score and plaque stars. */
export const vanguardWall = async (ctx: Ctx, villageCode: string, period: string): Promise<Board> => {
  const name = await villageName(ctx, villageCode);
  const year = period.slice(0, 4);
  const { items } = await ranking(ctx, {
    system: 'member',
    regionCode: villageCode,
    period: year,
    limit: 500,
  });
  return {
    villageName: name,
    period: year,
    items: items.map((r) => ({
      maskedName: r.holderName,
      total: r.total,
      score: r.score,
      stars: r.stars,
      smile: null,
    })),
  };
};

/** 善治笑脸墙: households' points of the month with names masked as villages post them. */
export const smileWall = async (ctx: Ctx, villageCode: string, period: string): Promise<Board> => {
  const name = await villageName(ctx, villageCode);
  const { items } = await ranking(ctx, { system: 'civil', regionCode: villageCode, period, limit: 500 });
  return {
    villageName: name,
    period,
    items: items.map((r) => ({
      maskedName: maskName(r.holderName),
      total: r.total,
      score: null,
      stars: null,
      smile: r.total > 0 ? 'smile' : r.total < 0 ? 'sad' : 'neutral',
    })),
  };
};

/** 月度对账单 of a shop: stock per goods from the moves, points from the month's redemptions. */
export const monthlyStatement = async (
  ctx: Ctx,
  shop: { id: string; name: string },
  month: string,
): Promise<StatementView> => {
  const start = new Date(`${month}-01T00:00:00+08:00`);
  const [y, m] = month.split('-').map(Number);
  const end = new Date(
    `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00`,
  );
  // Three independent reads, sent together.
  const [goods, moves, redemptions] = await Promise.all([
    ctx.db
      .select()
      .from(pointsGoods)
      .where(eq(pointsGoods.shopId, shop.id))
      .orderBy(asc(pointsGoods.sortOrder), asc(pointsGoods.name)),
    ctx.db
      .select({
        goodsId: pointsStockMoves.goodsId,
        kind: pointsStockMoves.kind,
        before: sql<number>`coalesce(sum(${pointsStockMoves.quantity}) filter (where ${pointsStockMoves.createdAt} < ${start}), 0)::int`,
        during: sql<number>`coalesce(sum(${pointsStockMoves.quantity}) filter (where ${pointsStockMoves.createdAt} >= ${start} and ${pointsStockMoves.createdAt} < ${end}), 0)::int`,
      })
      .from(pointsStockMoves)
      .where(and(eq(pointsStockMoves.shopId, shop.id), lt(pointsStockMoves.createdAt, end)))
      .groupBy(pointsStockMoves.goodsId, pointsStockMoves.kind),
    ctx.db
      .select()
      .from(pointsRedemptions)
      .where(
        and(
          eq(pointsRedemptions.shopId, shop.id),
          gte(pointsRedemptions.createdAt, start),
          lt(pointsRedemptions.createdAt, end),
        ),
      ),
  ]);
  const kept = redemptions.filter((r) => r.status !== 'cancelled');
  const pointsOf = new Map<string, number>();
  for (const r of kept)
    for (const l of r.lines) pointsOf.set(l.goodsId, (pointsOf.get(l.goodsId) ?? 0) + l.price * l.quantity);
  return {
    shopId: shop.id,
    shopName: shop.name,
    month,
    goods: goods
      .map((g) => {
        const of = moves.filter((x) => x.goodsId === g.id);
        const during = (kind: string) =>
          of.filter((x) => x.kind === kind).reduce((s, x) => s + Number(x.during), 0);
        const opening = of.reduce((s, x) => s + Number(x.before), 0);
        const stockIn = during('in') + during('adjust');
        const redeemed = -during('redeem');
        const returned = during('redeem_cancel');
        return {
          goodsId: g.id,
          name: g.name,
          unit: g.unit,
          price: g.price,
          opening,
          stockIn,
          redeemed,
          returned,
          closing: opening + stockIn - redeemed + returned,
          points: pointsOf.get(g.id) ?? 0,
        };
      })
      .filter(
        (g) => !goods.find((x) => x.id === g.goodsId)?.deletedAt || g.opening || g.stockIn || g.redeemed,
      ),
    redemptions: redemptions.length,
    cancelled: redemptions.length - kept.length,
    households: new Set(kept.map((r) => r.accountId)).size,
    points: kept.reduce((s, r) => s + r.total, 0),
  };
};
