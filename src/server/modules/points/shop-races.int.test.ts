import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { balanceOf, h, homeWith, shopWith, village, withPointsHarness } from './points-test-kit';
import { reconcile } from './reconcile';

// The points ledger as strict as a bank's (issue 6): redemptions that never overdraw or oversell
// under concurrency, and a reconciliation that finds nothing wrong afterwards.

withPointsHarness();

describe('points supermarket', () => {
  it('50 concurrent redemptions against a balance that covers exactly 10: 10 succeed, 40 get 积分不足, balance ends at 0', async () => {
    const { shop, goods } = await shopWith([{ name: '食盐', price: 10, stock: 100 }]);
    const { home, accountId } = await homeWith(100);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        village.post(`/api/points/shops/${shop.id}/redemptions`, {
          householdId: home.id,
          lines: [{ goodsId: goods[0].id, quantity: 1 }],
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json().message).toContain('积分不足');
    expect(await balanceOf(accountId)).toBe(0);
    const [left] = await ok(village.get(`/api/points/shops/${shop.id}/goods`));
    expect(left.stock).toBe(90);
    const report = await reconcile(h.services.database.db);
    expect(report.differences).toEqual([]);
    expect(report.redemptions).toBeGreaterThanOrEqual(10);
  });

  it('never sells stock that is not there, also when redemptions race', async () => {
    const { shop, goods } = await shopWith([{ name: '大米5公斤', price: 30, stock: 3 }]);
    const homes = await Promise.all(Array.from({ length: 6 }, () => homeWith(30)));
    const results = await Promise.all(
      homes.map(({ home }) =>
        village.post(`/api/points/shops/${shop.id}/redemptions`, {
          householdId: home.id,
          lines: [{ goodsId: goods[0].id, quantity: 1 }],
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.json().message).toBe('库存不足：“大米5公斤”仅剩 0袋');
    // The refused households keep their points.
    const balances = await Promise.all(homes.map((x) => balanceOf(x.accountId)));
    expect(balances.sort()).toEqual([0, 0, 0, 30, 30, 30]);
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });

  it('a redemption repeated with one idempotency key redeems once', async () => {
    const { shop, goods } = await shopWith([{ name: '毛巾', price: 10, stock: 10 }]);
    const { home, accountId } = await homeWith(50);
    const body = { householdId: home.id, lines: [{ goodsId: goods[0].id, quantity: 2 }] };
    const headers = { 'idempotency-key': `counter-${home.id}` };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        village.post(`/api/points/shops/${shop.id}/redemptions`, body, headers),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await balanceOf(accountId)).toBe(30);
    const bad = await village.post(`/api/points/shops/${shop.id}/redemptions`, body, {
      'idempotency-key': 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('幂等键应为8–80位');
  });
});
