import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { RedeemBody, RedemptionView } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { assertOwnAccount } from './account-queries';
import { accountOf, accountViewsById, getAccount, holderOf } from './accounts';
import { once, post, scopedKey } from './ledger';
import { getShop } from './shops';
import {
  pointsGoods,
  pointsLedger,
  pointsRedemptions,
  pointsShops,
  pointsStockMoves,
  type RedemptionLine,
} from './tables';

// 以分换物: a household's points and the shop's stock leave in one transaction. Points first (a
// conditional UPDATE that refuses to overdraw), then each goods row in id order (a conditional
// UPDATE that refuses to sell stock that is not there), so concurrent redemptions queue on the
// same rows in the same order and never deadlock. A cancellation within the shop's window
// returns both.

type RedemptionRow = typeof pointsRedemptions.$inferSelect;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * When a redemption may still be undone: a reservation until it is picked up (no end, `until`
 * null); goods handed over within the shop's window from the redemption; a cancelled one never.
 */
const cancelWindow = (r: RedemptionRow, cancelMinutes: number, now = Date.now()) => {
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

const byKey = async (ctx: Ctx, key: string) => {
  const [row] = await ctx.db
    .select()
    .from(pointsRedemptions)
    .where(eq(pointsRedemptions.idempotencyKey, key));
  return row ? (await redemptionViews(ctx, [row]))[0] : undefined;
};

/** A 6-digit pick-up code not yet used in the shop. */
const freshCode = async (tx: Ctx, shopId: string): Promise<string> => {
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const [taken] = await tx.db
      .select({ id: pointsRedemptions.id })
      .from(pointsRedemptions)
      .where(and(eq(pointsRedemptions.shopId, shopId), eq(pointsRedemptions.code, code)));
    if (!taken) return code;
  }
};

/** 兑换: at the counter (handed over now) or reserved for pick-up with the code. */
export const redeem = (ctx: Ctx, shopId: string, body: RedeemBody, clientKey?: string) => {
  const key = scopedKey(ctx, 'redeem', clientKey);
  return once(
    key,
    (k) => byKey(ctx, k),
    async () => {
      // The view is read after the commit: every redemption of a shop (and every audited write of
      // the county) queues on the goods rows and the audit chain until then, so the reads that
      // only shape the answer stay out of that queue.
      const created = await inTransaction(ctx, async (tx) => {
        const shop = await getShop(tx, shopId);
        const holder = await holderOf(tx, 'civil', body.householdId);
        if (!holder.regionCode.startsWith(shop.regionCode))
          throw invalidField('householdId', '该户不属于本超市所在的村');
        const account = await accountOf(tx, holder);
        // A villager or party member reserves for their own household, to pick up with the code.
        const ownUse = tx.actor.role === 'villager' || tx.actor.role === 'party_member';
        if (ownUse) await assertOwnAccount(tx, account);
        const handOver = body.handOver && !ownUse;
        if (account.frozenUntil && account.frozenUntil >= today())
          throw new Conflict(`该户兑换已暂停至 ${account.frozenUntil}`);
        const quantities = new Map<string, number>();
        for (const line of body.lines)
          quantities.set(line.goodsId, (quantities.get(line.goodsId) ?? 0) + line.quantity);
        const goods = await tx.db
          .select()
          .from(pointsGoods)
          .where(
            and(
              inArray(pointsGoods.id, [...quantities.keys()]),
              eq(pointsGoods.shopId, shop.id),
              isNull(pointsGoods.deletedAt),
            ),
          )
          .orderBy(asc(pointsGoods.id));
        if (goods.length !== quantities.size) throw invalidField('lines', '有商品不存在或不属于本超市');
        const off = goods.find((g) => !g.active);
        if (off) throw invalidField('lines', `“${off.name}”已下架`);
        const lines: RedemptionLine[] = goods.map((g) => ({
          goodsId: g.id,
          name: g.name,
          unit: g.unit,
          price: g.price,
          quantity: quantities.get(g.id)!,
        }));
        const total = lines.reduce((s, l) => s + l.price * l.quantity, 0);
        const id = newId();
        // Points first: the account row is the one every redemption of this household queues on.
        const posting = await post(tx, {
          accountId: account.id,
          regionCode: account.regionCode,
          system: 'civil',
          amount: -total,
          kind: 'redeem',
          occurredOn: today(),
          idempotencyKey: `redeem:${id}`,
          redemptionId: id,
          mustCover: true,
        });
        for (const line of lines) {
          const [left] = await tx.db
            .update(pointsGoods)
            .set({ stock: sql`${pointsGoods.stock} - ${line.quantity}`, updatedAt: new Date() })
            .where(and(eq(pointsGoods.id, line.goodsId), gte(pointsGoods.stock, line.quantity)))
            .returning({ stock: pointsGoods.stock });
          if (!left) {
            const [now] = await tx.db
              .select({ stock: pointsGoods.stock })
              .from(pointsGoods)
              .where(eq(pointsGoods.id, line.goodsId));
            throw new Conflict(`库存不足：“${line.name}”仅剩 ${now?.stock ?? 0}${line.unit}`, [
              { path: 'lines', message: `“${line.name}”库存不足` },
            ]);
          }
          await tx.db.insert(pointsStockMoves).values({
            id: newId(),
            regionCode: shop.regionCode,
            shopId: shop.id,
            goodsId: line.goodsId,
            quantity: -line.quantity,
            stockAfter: left.stock,
            kind: 'redeem',
            redemptionId: id,
            idempotencyKey: `redeem:${id}:${line.goodsId}`,
            createdBy: tx.actor.userId,
          });
        }
        const [created] = await tx.db
          .insert(pointsRedemptions)
          .values({
            id,
            regionCode: account.regionCode,
            shopId: shop.id,
            accountId: account.id,
            code: await freshCode(tx, shop.id),
            lines,
            total,
            status: handOver ? 'handed_over' : 'reserved',
            idempotencyKey: key ?? `redeem:${id}`,
            createdBy: tx.actor.userId,
            createdByName: tx.actor.displayName,
            handedOverAt: handOver ? new Date() : null,
          })
          .returning();
        await writeAudit(tx.db, tx, {
          action: 'points.redeem',
          entity: 'points_redemption',
          entityId: id,
          regionCode: account.regionCode,
          diff: auditDiff(null, {
            household: holder.householdNo,
            lines: lines.map((l) => `${l.name}×${l.quantity}`),
            total,
            balanceAfter: posting.balanceAfter,
          }),
        });
        return created;
      });
      return (await redemptionViews(ctx, [created]))[0];
    },
  );
};

const loadRedemption = (tx: Ctx, redemptionId: string) =>
  getInScope(tx.db, pointsRedemptions, redemptionId, scopeOf(tx.actor), { forUpdate: true });

/**
 * 撤销: points and stock go back, the ledger and stock moves record both ways. A reservation may be
 * released until it is picked up; goods handed over only within the shop's window.
 */
export const cancelRedemption = (ctx: Ctx, redemptionId: string, reason: string) =>
  inTransaction(ctx, async (tx) => {
    const r = await loadRedemption(tx, redemptionId);
    if (r.status === 'cancelled') throw new Conflict('该兑换已撤销');
    // A villager or party member cancels only their own household's reservation, before pick-up.
    if (tx.actor.role === 'villager' || tx.actor.role === 'party_member') {
      await assertOwnAccount(tx, await getAccount(tx, r.accountId));
      if (r.status !== 'reserved') throw new Conflict('已领取的兑换请到积分超市柜台办理');
    }
    const shop = await getShop(tx, r.shopId);
    // Goods handed over come back only within the shop's window; a reservation not yet picked
    // up holds points and stock and may be released at any time.
    if (!cancelWindow(r, shop.cancelMinutes).open)
      throw new Conflict(`已超过撤销时限（领取后 ${shop.cancelMinutes} 分钟内可撤销）`);
    const [cancelled] = await tx.db
      .update(pointsRedemptions)
      .set({
        status: 'cancelled',
        cancelledAt: new Date(),
        cancelledBy: tx.actor.userId,
        cancelReason: reason,
      })
      .where(and(eq(pointsRedemptions.id, r.id), sql`${pointsRedemptions.status} <> 'cancelled'`))
      .returning();
    if (!cancelled) throw new Conflict('该兑换已撤销');
    await post(tx, {
      accountId: r.accountId,
      regionCode: r.regionCode,
      system: 'civil',
      amount: r.total,
      kind: 'redeem_cancel',
      occurredOn: today(),
      idempotencyKey: `redeem-cancel:${r.id}`,
      redemptionId: r.id,
      note: reason,
    });
    for (const line of [...r.lines].sort((a, b) => (a.goodsId < b.goodsId ? -1 : 1))) {
      const [after] = await tx.db
        .update(pointsGoods)
        .set({ stock: sql`${pointsGoods.stock} + ${line.quantity}`, updatedAt: new Date() })
        .where(eq(pointsGoods.id, line.goodsId))
        .returning({ stock: pointsGoods.stock });
      await tx.db.insert(pointsStockMoves).values({
        id: newId(),
        regionCode: r.regionCode,
        shopId: r.shopId,
        goodsId: line.goodsId,
        quantity: line.quantity,
        stockAfter: after.stock,
        kind: 'redeem_cancel',
        redemptionId: r.id,
        idempotencyKey: `redeem-cancel:${r.id}:${line.goodsId}`,
        createdBy: tx.actor.userId,
      });
    }
    await writeAudit(tx.db, tx, {
      action: 'points.redeem.cancel',
      entity: 'points_redemption',
      entityId: r.id,
      regionCode: r.regionCode,
      diff: auditDiff({ status: r.status }, { status: 'cancelled', reason, returned: r.total }),
    });
    return (await redemptionViews(tx, [cancelled]))[0];
  });

/** 取货: the shopkeeper finds the reservation by its code and hands the goods over. */
export const handOver = (ctx: Ctx, redemptionId: string) =>
  inTransaction(ctx, async (tx) => {
    const r = await loadRedemption(tx, redemptionId);
    if (r.status === 'handed_over') return (await redemptionViews(tx, [r]))[0];
    if (r.status !== 'reserved') throw new Conflict('该兑换已撤销，不能取货');
    const [done] = await tx.db
      .update(pointsRedemptions)
      .set({ status: 'handed_over', handedOverAt: new Date() })
      .where(eq(pointsRedemptions.id, r.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.redeem.hand_over',
      entity: 'points_redemption',
      entityId: r.id,
      regionCode: r.regionCode,
      diff: auditDiff({ status: 'reserved' }, { status: 'handed_over' }),
    });
    return (await redemptionViews(tx, [done]))[0];
  });

export const listRedemptions = async (
  ctx: Ctx,
  shopId: string,
  q: { code?: string; status?: RedemptionRow['status']; page: number; pageSize: number },
) => {
  const shop = await getShop(ctx, shopId);
  const where = and(
    eq(pointsRedemptions.shopId, shop.id),
    q.code ? eq(pointsRedemptions.code, q.code) : undefined,
    q.status ? eq(pointsRedemptions.status, q.status) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsRedemptions)
      .where(where)
      .orderBy(desc(pointsRedemptions.createdAt), desc(pointsRedemptions.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsRedemptions).where(where),
  ]);
  return {
    items: await redemptionViews(ctx, rows),
    total: Number(total),
    page: q.page,
    pageSize: q.pageSize,
  };
};
