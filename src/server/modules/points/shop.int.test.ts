import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessionAs } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import { users } from '../../platform/auth/tables';
import {
  award,
  balanceOf,
  civilRule,
  h,
  homeWith,
  regions,
  shopWith,
  today,
  village,
  withPointsHarness,
} from './points-test-kit';
import { reconcile } from './reconcile';

// The points ledger as strict as a bank's (issue 6): cancellations within the window, frozen
// accounts, a villager's reservations.

withPointsHarness();

describe('points supermarket', () => {
  it('cancels within the window, returning points and stock, and reports the month', async () => {
    const { shop, goods } = await shopWith([
      { name: '洗衣粉', price: 20, stock: 5 },
      { name: '牙膏', price: 8, stock: 5 },
    ]);
    const { home, accountId } = await homeWith(100);
    const redemption = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [
          { goodsId: goods[0].id, quantity: 1 },
          { goodsId: goods[1].id, quantity: 2 },
        ],
        handOver: false,
      }),
      201,
    );
    expect(redemption).toMatchObject({ total: 36, status: 'reserved', balanceAfter: 64 });
    expect(redemption.code).toMatch(/^\d{6}$/);
    const found = await ok(village.get(`/api/points/shops/${shop.id}/redemptions?code=${redemption.code}`));
    expect(found.items.map((r: { id: string }) => r.id)).toEqual([redemption.id]);
    const kept = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[1].id, quantity: 1 }],
      }),
      201,
    );
    const cancelled = await ok(
      village.post(`/api/points/redemptions/${redemption.id}/cancel`, { reason: '村民改换商品' }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await balanceOf(accountId)).toBe(92);
    const again = await village.post(`/api/points/redemptions/${redemption.id}/cancel`, {
      reason: '村民改换商品',
    });
    expect(again.statusCode).toBe(409);
    const pickup = await village.post(`/api/points/redemptions/${redemption.id}/hand-over`);
    expect(pickup.statusCode).toBe(409);
    const month = today.slice(0, 7);
    const statement = await ok(village.get(`/api/points/shops/${shop.id}/statement?month=${month}`));
    expect(statement).toMatchObject({ redemptions: 2, cancelled: 1, households: 1, points: kept.total });
    expect(statement.goods.find((g: { name: string }) => g.name === '牙膏')).toMatchObject({
      opening: 0,
      stockIn: 5,
      redeemed: 3,
      returned: 2,
      closing: 4,
      points: 8,
    });
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });

  it('suspends a household’s redemptions after a deduction that freezes (违规滥办酒席)', async () => {
    const { shop, goods } = await shopWith([{ name: '酱油', price: 8, stock: 5 }]);
    const { home, accountId } = await homeWith(50);
    const banquet = await civilRule('酒席', { points: -20, freezeMonths: 3 });
    await award(home.id, banquet.id);
    const account = await ok(village.get(`/api/points/accounts/${accountId}`));
    expect(account.balance).toBe(30);
    expect(account.frozenUntil > today).toBe(true);
    const res = await village.post(`/api/points/shops/${shop.id}/redemptions`, {
      householdId: home.id,
      lines: [{ goodsId: goods[0].id, quantity: 1 }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(`该户兑换已暂停至 ${account.frozenUntil}`);
    const award2 = await village.post('/api/points/rules', {
      regionCode: regions.ownVillage.code,
      system: 'civil',
      code: '错配',
      name: '加分不能暂停',
      points: 5,
      freezeMonths: 1,
      proposerRoles: ['village'],
      approverRoles: ['village'],
    });
    expect(award2.json().fields).toContainEqual({
      path: 'freezeMonths',
      message: '只有扣分规则可以暂停兑换',
    });
  });

  it('lets a villager reserve goods for their own household only, to pick up with the code', async () => {
    const { shop, goods } = await shopWith([{ name: '纸巾', price: 20, stock: 5 }]);
    const { home, accountId } = await homeWith(40);
    const other = await homeWith(40);
    const villager = await sessionAs(h.app, h.services, 'villager', regions.ownVillage.code);
    const [account] = await h.services.database.db
      .select()
      .from(users)
      .orderBy(sql`created_at desc`)
      .limit(1);
    await h.services.database.db
      .update(users)
      .set({ personId: home.headPersonId })
      .where(eq(users.id, account.id));
    const me = await ok(villager.get('/api/points/me'));
    expect(me.household).toMatchObject({ id: accountId, balance: 40 });
    const mine = await ok(
      villager.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
        handOver: true,
      }),
      201,
    );
    expect(mine.status).toBe('reserved');
    const theirs = await villager.post(`/api/points/shops/${shop.id}/redemptions`, {
      householdId: other.home.id,
      lines: [{ goodsId: goods[0].id, quantity: 1 }],
    });
    expect(theirs.statusCode).toBe(404);
    expect(await balanceOf(other.accountId)).toBe(40);
    const ledger = await villager.get(`/api/points/accounts/${other.accountId}/ledger`);
    expect(ledger.statusCode).toBe(404);

    // 积分兑换: the village's shop and the reservation waiting, with its code.
    const view = await ok(villager.get('/api/points/me/shop'));
    expect(view.household).toMatchObject({ id: accountId, balance: 20 });
    expect(view.shops.map((s: { id: string }) => s.id)).toContain(shop.id);
    expect(view.reservations).toMatchObject([{ id: mine.id, code: mine.code, total: 20 }]);

    // A second reservation, cancelled by the villager: points and stock come back.
    const second = await ok(
      villager.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
      }),
      201,
    );
    expect(await balanceOf(accountId)).toBe(0);
    const cancelled = await ok(
      villager.post(`/api/points/redemptions/${second.id}/cancel`, { reason: '不需要了' }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await balanceOf(accountId)).toBe(20);
    expect(
      (await ok(villager.get('/api/points/me/shop'))).reservations.map((r: { id: string }) => r.id),
    ).toEqual([mine.id]);

    // Another household's reservation is not theirs to cancel; a picked-up one goes to the counter.
    const othersReservation = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: other.home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
        handOver: false,
      }),
      201,
    );
    const foreign = await villager.post(`/api/points/redemptions/${othersReservation.id}/cancel`, {
      reason: '误点',
    });
    expect(foreign.statusCode).toBe(404);
    expect(await balanceOf(other.accountId)).toBe(20);
    const handed = await ok(village.post(`/api/points/redemptions/${mine.id}/hand-over`));
    expect(handed.status).toBe('handed_over');
    const late = await villager.post(`/api/points/redemptions/${mine.id}/cancel`, { reason: '不要了' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('已领取的兑换请到积分超市柜台办理');
  });

  it('refuses to take back goods handed over after the window, and releases a reservation at any time', async () => {
    const { shop, goods } = await shopWith([{ name: '香皂', price: 4, stock: 5 }], 0);
    const { home } = await homeWith(20);
    const r = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
      }),
      201,
    );
    expect(r).toMatchObject({ status: 'handed_over', cancellable: false, cancellableUntil: null });
    const res = await village.post(`/api/points/redemptions/${r.id}/cancel`, { reason: '超时撤销' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('已超过撤销时限');

    // A reservation not picked up holds points and stock: the counter may release it at any time.
    const reserved = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 2 }],
        handOver: false,
      }),
      201,
    );
    expect(reserved).toMatchObject({ status: 'reserved', cancellable: true, balanceAfter: 8 });
    const released = await ok(
      village.post(`/api/points/redemptions/${reserved.id}/cancel`, { reason: '逾期未取' }),
    );
    expect(released).toMatchObject({ status: 'cancelled', cancellable: false });
    const [stock] = await ok(village.get(`/api/points/shops/${shop.id}/goods`));
    expect(stock.stock).toBe(4);
  });
});
