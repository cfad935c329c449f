import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { Role } from '../../../contracts/roles';
import { registryColumns } from '../../platform/db/columns';

// Points (issue 6, DOMAIN.md §4): 党员积分 for party members and 文明积分 for households. Money-like
// rules: the ledger is append-only (a trigger refuses UPDATE and DELETE), an account's balance is
// the sum of its postings, and every posting carries an idempotency key that is unique.

export type PointsSystem = 'member' | 'civil';

/**
 * 积分规则: one row per version. Editing a rule closes its current version (superseded_at) and
 * adds the next one, so a claim keeps pointing at the version, and the points, it was made under.
 * region_code is the level that owns the rule: the county catalogue, a township's or a village's
 * additions (村规民约).
 */
export const pointsRules = pgTable(
  'points_rules',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    ruleKey: uuid('rule_key').notNull(),
    version: integer('version').notNull(),
    system: varchar('system', { length: 8 }).$type<PointsSystem>().notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    name: text('name').notNull(),
    // Signed points; with max_points the proposer picks a figure in [points, max_points].
    points: integer('points').notNull(),
    maxPoints: integer('max_points'),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
    proposerRoles: jsonb('proposer_roles').$type<Role[]>().notNull(),
    approverRoles: jsonb('approver_roles').$type<Role[]>().notNull(),
    // At most cap points (in absolute value) from this rule per account per period.
    cap: integer('cap'),
    capPeriod: varchar('cap_period', { length: 8 }).$type<'month' | 'quarter' | 'year'>(),
    // A deduction that also suspends the household's redemptions for this many months (D03, D08).
    freezeMonths: integer('freeze_months'),
    note: text('note'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('points_rules_version_idx').on(t.ruleKey, t.version),
    uniqueIndex('points_rules_current_code_idx')
      .on(t.regionCode, t.system, t.code)
      .where(sql`superseded_at is null`),
    index('points_rules_region_idx').on(t.regionCode, t.system),
  ],
);

/** An account per party member (system member) or household (system civil), in the holder's village. */
export const pointsAccounts = pgTable(
  'points_accounts',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    system: varchar('system', { length: 8 }).$type<PointsSystem>().notNull(),
    holderId: uuid('holder_id').notNull(),
    balance: integer('balance').notNull().default(0),
    // How many entries the ledger holds for the account: the next entry's sequence number.
    entries: integer('entries').notNull().default(0),
    // Redemptions are refused until this day (D03: banquet against the rules freezes 3 months).
    frozenUntil: date('frozen_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('points_accounts_holder_idx').on(t.system, t.holderId),
    index('points_accounts_region_idx').on(t.regionCode, t.system),
  ],
);

/**
 * 积分申报: proposed (photos as platform attachments of kind points_claim), approved (then
 * posted) or returned with a reason; its steps are in workflow_history (claim-workflow.ts).
 */
export const pointsClaims = pgTable(
  'points_claims',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    system: varchar('system', { length: 8 }).$type<PointsSystem>().notNull(),
    accountId: uuid('account_id').notNull(),
    ruleId: uuid('rule_id').notNull(),
    points: integer('points').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    note: text('note'),
    status: varchar('status', { length: 12 })
      .$type<'draft' | 'pending' | 'approved' | 'returned' | 'withdrawn'>()
      .notNull(),
    proposedBy: uuid('proposed_by'),
    proposedByName: text('proposed_by_name'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    idempotencyKey: varchar('idempotency_key', { length: 160 }).unique(),
  },
  (t) => [
    index('points_claims_queue_idx').on(t.regionCode, t.status, t.proposedAt),
    index('points_claims_account_idx').on(t.accountId, t.occurredOn),
  ],
);

export type LedgerKind = 'award' | 'deduction' | 'redeem' | 'redeem_cancel' | 'reversal' | 'import';

/** 积分流水: append-only; a correction is a reversing posting (reverses_id), never an edit. */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    system: varchar('system', { length: 8 }).$type<PointsSystem>().notNull(),
    accountId: uuid('account_id').notNull(),
    // 1, 2, 3 … per account, in the order the postings took the account's row.
    seq: integer('seq').notNull(),
    amount: integer('amount').notNull(),
    balanceAfter: integer('balance_after').notNull(),
    kind: varchar('kind', { length: 16 }).$type<LedgerKind>().notNull(),
    ruleId: uuid('rule_id'),
    claimId: uuid('claim_id'),
    redemptionId: uuid('redemption_id'),
    reversesId: uuid('reverses_id'),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    note: text('note'),
    idempotencyKey: varchar('idempotency_key', { length: 160 }).notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('points_ledger_account_seq_idx').on(t.accountId, t.seq),
    index('points_ledger_account_idx').on(t.accountId, t.occurredOn),
    index('points_ledger_region_idx').on(t.regionCode, t.system, t.occurredOn),
    uniqueIndex('points_ledger_reverses_idx').on(t.reversesId).where(sql`reverses_id is not null`),
  ],
);

/** 积分超市: one or more shops per village. */
export const pointsShops = pgTable(
  'points_shops',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    // A redemption may be cancelled (points and stock returned) within this many minutes.
    cancelMinutes: integer('cancel_minutes').notNull().default(60),
    note: text('note'),
  },
  (t) => [index('points_shops_region_idx').on(t.regionCode)],
);

export const pointsGoods = pgTable(
  'points_goods',
  {
    ...registryColumns(),
    shopId: uuid('shop_id').notNull(),
    name: text('name').notNull(),
    unit: varchar('unit', { length: 8 }).notNull().default('件'),
    price: integer('price').notNull(),
    stock: integer('stock').notNull().default(0),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('points_goods_shop_idx').on(t.shopId, t.sortOrder),
    check('points_goods_stock_check', sql`stock >= 0`),
    check('points_goods_price_check', sql`price > 0`),
  ],
);

export type StockKind = 'in' | 'redeem' | 'redeem_cancel' | 'adjust';

/** 出入库: append-only like the ledger; stock equals the sum of its moves. */
export const pointsStockMoves = pgTable(
  'points_stock_moves',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    shopId: uuid('shop_id').notNull(),
    goodsId: uuid('goods_id').notNull(),
    quantity: integer('quantity').notNull(),
    stockAfter: integer('stock_after').notNull(),
    kind: varchar('kind', { length: 16 }).$type<StockKind>().notNull(),
    redemptionId: uuid('redemption_id'),
    // Where stock came from: a helping unit's donation, the village company's profit …
    source: text('source'),
    note: text('note'),
    idempotencyKey: varchar('idempotency_key', { length: 160 }).notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('points_stock_moves_goods_idx').on(t.goodsId, t.createdAt),
    index('points_stock_moves_shop_idx').on(t.shopId, t.createdAt),
  ],
);

export interface RedemptionLine {
  goodsId: string;
  name: string;
  unit: string;
  price: number;
  quantity: number;
}

/** 兑换: points and stock leave together; the code is shown for pick-up. */
export const pointsRedemptions = pgTable(
  'points_redemptions',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    shopId: uuid('shop_id').notNull(),
    accountId: uuid('account_id').notNull(),
    code: varchar('code', { length: 8 }).notNull(),
    lines: jsonb('lines').$type<RedemptionLine[]>().notNull(),
    total: integer('total').notNull(),
    status: varchar('status', { length: 12 }).$type<'reserved' | 'handed_over' | 'cancelled'>().notNull(),
    idempotencyKey: varchar('idempotency_key', { length: 160 }).notNull().unique(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    uniqueIndex('points_redemptions_code_idx').on(t.shopId, t.code),
    index('points_redemptions_shop_idx').on(t.shopId, t.createdAt),
    index('points_redemptions_account_idx').on(t.accountId, t.createdAt),
  ],
);
