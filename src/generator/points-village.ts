import type {
  pointsAccounts,
  pointsClaims,
  pointsGoods,
  pointsLedger,
  pointsRedemptions,
  pointsShops,
  pointsStockMoves,
  RedemptionLine,
} from '../server/modules/points/tables';
import {
  CIVIL_RATES,
  DEFAULT_GOODS,
  DONORS,
  MEMBER_RATES,
  poisson,
  REDEEM_MIN_BALANCE,
  REDEEM_SHARE,
  YARD_RATING,
} from './points-rates';
import type { Rng } from './random';

// One village's points over the last 12 months, as rows that agree with each other the way the
// application would have left them: every approved claim posted once, each account's entries
// numbered 1..n in time order with running balances, redemptions that never overdraw, and stock
// that never goes below zero (a helping unit restocks before a shelf runs empty).

export interface RuleRef {
  id: string;
  code: string;
  system: 'member' | 'civil';
  points: number;
  maxPoints: number | null;
  cap: number | null;
  capPeriod: 'month' | 'quarter' | 'year' | null;
}

export interface PointsVillageInput {
  code: string;
  name: string;
  households: { id: string; regionCode: string }[];
  members: { id: string; regionCode: string }[];
  rules: Map<string, RuleRef>;
  /** Multiplies every rate (to reach a target entry count). */
  scale: number;
  /** The end of the 12 months, in milliseconds. */
  now: number;
}

export interface PointsRows {
  shops: (typeof pointsShops.$inferInsert)[];
  goods: (typeof pointsGoods.$inferInsert)[];
  accounts: (typeof pointsAccounts.$inferInsert)[];
  claims: (typeof pointsClaims.$inferInsert)[];
  ledger: (typeof pointsLedger.$inferInsert)[];
  redemptions: (typeof pointsRedemptions.$inferInsert)[];
  moves: (typeof pointsStockMoves.$inferInsert)[];
}

export const emptyPointsRows = (): PointsRows => ({
  shops: [],
  goods: [],
  accounts: [],
  claims: [],
  ledger: [],
  redemptions: [],
  moves: [],
});

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const periodKey = (date: string, period: RuleRef['capPeriod']) =>
  period === 'month'
    ? date.slice(0, 7)
    : period === 'quarter'
      ? `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3)}`
      : date.slice(0, 4);

interface Event {
  at: number;
  amount: number;
  rule?: RuleRef;
  occurredOn?: string;
  proposedAt?: number;
  redemption?: { id: string; lines: RedemptionLine[] };
}

/** Claims of one account: each rule's count over the year, cut at its cap, in time order. */
const claimEvents = (rng: Rng, input: PointsVillageInput, system: 'civil' | 'member'): Event[] => {
  const start = input.now - YEAR;
  const events: Event[] = [];
  const add = (rule: RuleRef | undefined, occurred: number, points: number) => {
    if (!rule) return;
    // Proposed the day it happened (or the next), decided within three days, never in the future.
    const proposedAt = Math.min(occurred + rng.int(1, 36) * 3_600_000, input.now - 120_000);
    const at = Math.min(proposedAt + rng.int(10, 72 * 60) * 60_000, input.now - 60_000);
    events.push({ at, amount: points, rule, occurredOn: dateOf(occurred), proposedAt });
  };
  const rates = system === 'civil' ? CIVIL_RATES : MEMBER_RATES;
  for (const [code, rate] of Object.entries(rates)) {
    const rule = input.rules.get(`${system}:${code}`);
    for (let n = poisson(rng, rate * input.scale); n > 0; n--) {
      const points = rule?.maxPoints ? rng.int(rule.points, rule.maxPoints) : (rule?.points ?? 0);
      add(rule, start + rng.int(0, YEAR - DAY), points);
    }
  }
  if (system === 'civil') {
    const yard = input.rules.get(`civil:${YARD_RATING.code}`);
    const share = Math.min(0.95, YARD_RATING.share * input.scale);
    for (let m = 0; m < 12; m++)
      if (rng.chance(share)) {
        const points = rng.weighted(YARD_RATING.points.map((p, i) => [p, YARD_RATING.weights[i]] as const));
        add(yard, start + m * (YEAR / 12) + rng.int(0, 5) * DAY, points);
      }
  }
  events.sort((a, b) => a.at - b.at);
  const used = new Map<string, number>();
  return events.filter((e) => {
    const rule = e.rule!;
    if (rule.cap == null || e.amount <= 0) return true;
    const key = `${rule.code}:${periodKey(e.occurredOn!, rule.capPeriod)}`;
    const already = used.get(key) ?? 0;
    if (already + e.amount > rule.cap) return false;
    used.set(key, already + e.amount);
    return true;
  });
};

type Goods = { id: string; name: string; unit: string; price: number };

/** A basket worth part of the balance: one to three kinds of goods. */
const basket = (rng: Rng, goods: Goods[], balance: number): RedemptionLine[] => {
  let budget = Math.floor(balance * (0.4 + rng.float() * 0.5));
  const lines = new Map<string, RedemptionLine>();
  for (let kinds = rng.int(1, 3); kinds > 0; kinds--) {
    const affordable = goods.filter((g) => g.price <= budget);
    if (affordable.length === 0) break;
    const g = rng.pick(affordable);
    const quantity = Math.min(rng.int(1, 2), Math.floor(budget / g.price));
    budget -= g.price * quantity;
    const line = lines.get(g.id);
    if (line) line.quantity += quantity;
    else lines.set(g.id, { goodsId: g.id, name: g.name, unit: g.unit, price: g.price, quantity });
  }
  return [...lines.values()].sort((a, b) => (a.goodsId < b.goodsId ? -1 : 1));
};

/** The village's rows: shop and goods, accounts, claims with their postings, redemptions, stock moves. */
export const generatePointsVillage = (rng: Rng, input: PointsVillageInput, out: PointsRows) => {
  const start = input.now - YEAR;
  const shopId = rng.uuid();
  const shopCreated = new Date(start - 30 * DAY);
  out.shops.push({
    id: shopId,
    regionCode: input.code,
    name: `${input.name}积分超市`,
    createdAt: shopCreated,
  });
  const goods: Goods[] = DEFAULT_GOODS.map(([name, unit, price]) => ({ id: rng.uuid(), name, unit, price }));
  const stock = new Map(goods.map((g) => [g.id, 0]));
  for (const [i, g] of goods.entries())
    out.goods.push({ ...g, regionCode: input.code, shopId, sortOrder: i, createdAt: shopCreated });
  const donor = rng.pick(DONORS);
  const stockIn = (g: Goods, quantity: number, at: number) => {
    const after = stock.get(g.id)! + quantity;
    stock.set(g.id, after);
    const id = rng.uuid();
    out.moves.push({
      id,
      regionCode: input.code,
      shopId,
      goodsId: g.id,
      quantity,
      stockAfter: after,
      kind: 'in',
      source: `${donor}捐赠`,
      idempotencyKey: `stock-in:${id}`,
      createdAt: new Date(at),
    });
  };
  for (const g of goods) stockIn(g, g.price >= 30 ? 20 : 50, start - 7 * DAY);
  const redemptionDay = rng.int(10, 20);
  const codes = new Set<string>();
  const pendingRedemptions: {
    at: number;
    id: string;
    accountId: string;
    regionCode: string;
    lines: RedemptionLine[];
  }[] = [];

  const holders = [
    ...input.households.map((h) => ({ ...h, system: 'civil' as const })),
    ...input.members.map((m) => ({ ...m, system: 'member' as const })),
  ];
  for (const holder of holders) {
    const accountId = rng.uuid();
    const events = claimEvents(rng, input, holder.system);
    // Redemption days: the village's day of each month, mornings.
    if (holder.system === 'civil') {
      for (let m = 1; m <= 12; m++) {
        const at = start + (m - 1) * (YEAR / 12) + redemptionDay * DAY + rng.int(0, 180) * 60_000;
        if (at < input.now - 60_000) events.push({ at, amount: 0 });
      }
      events.sort((a, b) => a.at - b.at);
    }
    let balance = 0;
    let seq = 0;
    for (const e of events) {
      if (!e.rule) {
        if (balance < REDEEM_MIN_BALANCE || !rng.chance(Math.min(0.9, REDEEM_SHARE * input.scale))) continue;
        const lines = basket(rng, goods, balance);
        if (lines.length === 0) continue;
        e.amount = -lines.reduce((s, l) => s + l.price * l.quantity, 0);
        e.redemption = { id: rng.uuid(), lines };
        pendingRedemptions.push({
          at: e.at,
          id: e.redemption.id,
          accountId,
          regionCode: holder.regionCode,
          lines,
        });
      }
      balance += e.amount;
      seq++;
      const id = rng.uuid();
      const at = new Date(e.at);
      const owner = { regionCode: holder.regionCode, system: holder.system, accountId };
      const common = { ...owner, createdAt: at };
      if (e.rule) {
        const claimId = rng.uuid();
        out.claims.push({
          ...owner,
          id: claimId,
          ruleId: e.rule.id,
          points: e.amount,
          occurredOn: e.occurredOn!,
          status: 'approved',
          proposedByName: holder.system === 'member' && e.amount > 0 ? '党员本人' : '网格员',
          proposedAt: new Date(e.proposedAt!),
          decidedByName: `${input.name}党支部书记`,
          decidedAt: at,
        });
        out.ledger.push({
          ...common,
          id,
          seq,
          amount: e.amount,
          balanceAfter: balance,
          kind: e.amount > 0 ? 'award' : 'deduction',
          ruleId: e.rule.id,
          claimId,
          occurredOn: e.occurredOn!,
          idempotencyKey: `claim:${claimId}`,
        });
      } else {
        out.ledger.push({
          ...common,
          id,
          seq,
          amount: e.amount,
          balanceAfter: balance,
          kind: 'redeem',
          redemptionId: e.redemption!.id,
          occurredOn: dateOf(e.at),
          idempotencyKey: `redeem:${e.redemption!.id}`,
        });
      }
    }
    const opened = new Date(Math.min(start, events[0]?.at ?? start));
    out.accounts.push({
      id: accountId,
      regionCode: holder.regionCode,
      system: holder.system,
      holderId: holder.id,
      balance,
      entries: seq,
      createdAt: opened,
      updatedAt: new Date(events[events.length - 1]?.at ?? opened.getTime()),
    });
  }

  // Stock leaves in the order the redemptions happened; the donor restocks a shelf before it runs out.
  pendingRedemptions.sort((a, b) => a.at - b.at);
  const byId = new Map(goods.map((g) => [g.id, g]));
  for (const r of pendingRedemptions) {
    for (const line of r.lines) {
      if (stock.get(line.goodsId)! < line.quantity)
        stockIn(byId.get(line.goodsId)!, 30 + line.quantity, r.at - 3_600_000);
      const after = stock.get(line.goodsId)! - line.quantity;
      stock.set(line.goodsId, after);
      out.moves.push({
        id: rng.uuid(),
        regionCode: input.code,
        shopId,
        goodsId: line.goodsId,
        quantity: -line.quantity,
        stockAfter: after,
        kind: 'redeem',
        redemptionId: r.id,
        idempotencyKey: `redeem:${r.id}:${line.goodsId}`,
        createdAt: new Date(r.at),
      });
    }
    let code: string;
    do code = String(rng.int(0, 999_999)).padStart(6, '0');
    while (codes.has(code));
    codes.add(code);
    out.redemptions.push({
      id: r.id,
      regionCode: r.regionCode,
      shopId,
      accountId: r.accountId,
      code,
      lines: r.lines,
      total: r.lines.reduce((s, l) => s + l.price * l.quantity, 0),
      status: 'handed_over',
      idempotencyKey: `redeem:${r.id}`,
      createdByName: `${input.name}积分超市管理员`,
      createdAt: new Date(r.at),
      handedOverAt: new Date(r.at),
    });
  }
  for (const g of out.goods.slice(-goods.length)) g.stock = stock.get(g.id!)!;
};
