import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import type { Ctx } from '../../platform/context';
import { pointsModule } from './manifest';
import {
  actAs,
  award,
  civilRule,
  household,
  regions,
  today,
  village,
  withPointsHarness,
} from './points-test-kit';

// 工作台 items of points: what waits on an approver and on a proposer, counted from the claims.

withPointsHarness();

const pendingOf = async (ctx: Ctx) =>
  Object.fromEntries((await pointsModule.home!.pending!(ctx)).map((p) => [p.key, p]));

describe('points on the home page', () => {
  it('shows an approver the pending claims of rules they may decide, and a proposer their returned and waiting claims', async () => {
    const grid = await actAs('grid_worker');
    const secretary = await actAs('village');
    const township = await actAs('township', regions.ownTownship.code);
    const home = await household();
    // Decided by the village only; the township may not approve under it.
    const rule = await civilRule('工作台');
    const body = { system: 'civil', holderId: home.id, ruleId: rule.id, occurredOn: today };
    const propose = () => ok(grid.session.post('/api/points/claims', body), 201);
    const before = await pendingOf(secretary.ctx);
    const [a, b, c] = [await propose(), await propose(), await propose()];
    await ok(village.post(`/api/points/claims/${a.id}/return`, { reason: '照片看不清' }));
    await ok(village.post(`/api/points/claims/${b.id}/approve`));

    const forSecretary = await pendingOf(secretary.ctx);
    expect(forSecretary['points.review']).toMatchObject({ path: '/points-review' });
    expect(forSecretary['points.review'].count).toBe(before['points.review'].count + 1);
    expect((await pendingOf(township.ctx))['points.review'].count).toBe(0);

    const forGrid = await pendingOf(grid.ctx);
    expect(forGrid['points.review']).toBeUndefined();
    expect(forGrid['points.returned']).toMatchObject({ count: 1, path: '/points-mine' });
    expect(forGrid['points.returned'].entries).toEqual([
      {
        id: a.id,
        title: `${home.headName} 村规工作台`,
        reason: '照片看不清',
        path: '/points-mine',
        at: expect.any(String),
      },
    ]);
    expect(forGrid['points.waiting']).toMatchObject({ count: 1, path: '/points-mine' });
    expect(c.status).toBe('pending');
  });

  it('offers a villager only the shortcuts of their permissions, in their order', () => {
    const villager = pointsModule
      .home!.shortcuts!.filter((s) => s.rank?.villager !== undefined)
      .sort((x, y) => x.rank!.villager! - y.rank!.villager!)
      .map((s) => s.path);
    expect(villager).toEqual(['/my-points', '/points-reserve']);
  });
});

describe('points in 一户一档', () => {
  it('reads a household’s civilization points through the manifest’s slot, as the household file shows them', async () => {
    const secretary = await actAs('village');
    const home = await household();
    const slot = pointsModule.householdFile!;
    expect(slot.key).toBe('points');
    const read = (ctx: Ctx) =>
      slot.read(ctx, { id: home.id, regionCode: home.regionCode, memberIds: [], gridId: null });
    expect(await read(secretary.ctx)).toEqual({
      points: {
        accountId: null,
        balance: 0,
        yearTotal: 0,
        frozenUntil: null,
        recent: [],
      },
    });
    await award(home.id, (await civilRule('一户一档')).id);
    expect(await read(secretary.ctx)).toMatchObject({ points: { balance: 10, yearTotal: 10 } });
    expect(await read((await actAs('villager')).ctx)).toEqual({ points: null });
  });
});
