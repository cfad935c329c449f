import { and, eq, inArray } from 'drizzle-orm';
import type { RedemptionView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { getInScope, scopeOf } from '../../platform/scope';
import { accountViewsById } from './accounts';
import { pointsLedger, pointsRedemptions, pointsShops } from './tables';

// 以分换物: a household's points and the shop's stock leave in one transaction. Points first (a
// conditional UPDATE that refuses to overdraw), then each goods row in id order (a conditional
// UPDATE that refuses to sell stock that is not there), so concurrent redemptions queue on the
// same rows in the same order and never deadlock. A cancellation within the shop's window
// returns both.

export type RedemptionRow = typeof pointsRedemptions.$inferSelect;

/**
 * When a redemption may still be undone: a reservation until it is picked up (no end, `until`
 * null); goods handed over within the shop's window from the redemption; a cancelled one never.
 */
export const cancelWindow = (r: RedemptionRow, cancelMinutes: number, now = Date.now()) => {
  if (r.status === 'reserved') return { open: true, until: null };
  if (r.status === 'cancelled') return { open: false, until: null };
  const until = new Date(r.createdAt.getTime() + cancelMinutes * 60_000);
  return until.getTime() > now ? { open: true, until } : { open: false, until: null };
};

export const redemptionViews = async (ctx: Ctx, rows: RedemptionRow[]): Promise<RedemptionView[]> => {
  if (rows.length === 0) return [];
  const views = await accountViewsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  const shops = new Map(
    (
      await ctx.db
        .select({ id: pointsShops.id, cancelMinutes: pointsShops.cancelMinutes })
        .from(pointsShops)
        .where(
          inArray(
            pointsShops.id,
            rows.map((r) => r.shopId),
          ),
        )
    ).map((s) => [s.id, s.cancelMinutes]),
  );
  const postings = await ctx.db
    .select({ redemptionId: pointsLedger.redemptionId, balanceAfter: pointsLedger.balanceAfter })
    .from(pointsLedger)
    .where(
      and(
        inArray(
          pointsLedger.redemptionId,
          rows.map((r) => r.id),
        ),
        eq(pointsLedger.kind, 'redeem'),
      ),
    );
  const balanceAfter = new Map(postings.map((p) => [p.redemptionId!, p.balanceAfter]));
  return rows.map((r) => {
    const cancel = cancelWindow(r, shops.get(r.shopId) ?? 0);
    return {
      id: r.id,
      shopId: r.shopId,
      accountId: r.accountId,
      holderName: views.get(r.accountId)?.holderName ?? '',
      householdNo: views.get(r.accountId)?.householdNo ?? null,
      code: r.code,
      lines: r.lines,
      total: r.total,
      status: r.status,
      balanceAfter: balanceAfter.get(r.id) ?? 0,
      createdByName: r.createdByName,
      createdAt: r.createdAt.toISOString(),
      handedOverAt: r.handedOverAt?.toISOString() ?? null,
      cancelledAt: r.cancelledAt?.toISOString() ?? null,
      cancelReason: r.cancelReason,
      cancellableUntil: cancel.until?.toISOString() ?? null,
      cancellable: cancel.open,
    };
  });
};

/** The redemption stored under an idempotency key, as a view. */
export const redemptionByKey = async (ctx: Ctx, key: string) => {
  const [row] = await ctx.db
    .select()
    .from(pointsRedemptions)
    .where(eq(pointsRedemptions.idempotencyKey, key));
  return row ? (await redemptionViews(ctx, [row]))[0] : undefined;
};

/** A redemption in scope, locked for a change. */
export const lockRedemption = (tx: Ctx, redemptionId: string) =>
  getInScope(tx.db, pointsRedemptions, redemptionId, scopeOf(tx.actor), { forUpdate: true });
