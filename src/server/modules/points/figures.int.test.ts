import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { NotFound } from '../../platform/errors';
import { isUnder } from '../../platform/scope';
import { households } from '../households/tables';
import { pointsModule } from './manifest';
import {
  actAs,
  award,
  civilRule,
  h,
  homeWith,
  household,
  regions,
  shopWith,
  village,
  withPointsHarness,
} from './points-test-kit';
import { pointsLedger, pointsRedemptions } from './tables';

// Figures of points, each checked against a count made here from the rows themselves.

withPointsHarness();

const figure = (key: string) => pointsModule.figures!.find((f) => f.key === key)!;
const year = new Date().getFullYear();

describe('points figures', () => {
  it('counts households with civilization points per mille of the region’s households, and redemptions not cancelled', async () => {
    const v = regions.ownVillage.code;
    await household();
    await household();
    const earner = await household();
    await award(earner.id, (await civilRule('参与')).id);
    const { shop, goods } = await shopWith([{ name: '肥皂', price: 5, stock: 10 }]);
    const { home } = await homeWith(50);
    const redeem = () =>
      ok(
        village.post(`/api/points/shops/${shop.id}/redemptions`, {
          householdId: home.id,
          lines: [{ goodsId: goods[0].id, quantity: 1 }],
        }),
        201,
      );
    await redeem();
    const undone = await redeem();
    await ok(village.post(`/api/points/redemptions/${undone.id}/cancel`, { reason: '拿错了' }));

    const db = h.services.database.db;
    const homes = (await db.select().from(households)).filter(
      (x) => isUnder(x.regionCode, v) && !x.deletedAt,
    );
    const earning = new Set(
      (await db.select().from(pointsLedger))
        .filter(
          (e) =>
            isUnder(e.regionCode, v) &&
            e.system === 'civil' &&
            ['award', 'deduction', 'reversal', 'import'].includes(e.kind) &&
            e.occurredOn >= `${year}-01-01` &&
            e.occurredOn < `${year + 1}-01-01`,
        )
        .map((e) => e.accountId),
    );
    const kept = (await db.select().from(pointsRedemptions)).filter(
      (r) => isUnder(r.regionCode, v) && r.status !== 'cancelled',
    );
    expect(earning.size).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeGreaterThanOrEqual(1);

    const { ctx } = await actAs('village', v);
    expect(await figure('points.civil.participation').compute(ctx, { regionCode: v, year })).toBe(
      Math.floor((earning.size * 1000) / homes.length),
    );
    expect(await figure('points.redemptions').compute(ctx, { regionCode: v, year })).toBe(kept.length);
    expect(await figure('points.redemptions').compute(ctx, { regionCode: v, year: year - 1 })).toBe(0);
  });

  it('refuses a region outside the caller’s scope with NotFound', async () => {
    const { ctx } = await actAs('township', regions.ownTownship.code);
    for (const f of pointsModule.figures!)
      await expect(f.compute(ctx, { regionCode: regions.otherVillage.code, year })).rejects.toBeInstanceOf(
        NotFound,
      );
  });
});
