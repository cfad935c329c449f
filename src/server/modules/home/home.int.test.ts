import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/roles';
import { sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
});
afterAll(() => h.close());

const homeOf = async (role: Role, regionCode: string) => {
  const session = await sessionAs(h.app, h.services, role, regionCode);
  return ok(session.get('/api/home'));
};
const paths = (home: { shortcuts: { path: string }[] }) => home.shortcuts.map((s) => s.path);

describe('GET /api/home 工作台', () => {
  it('starts a grid worker’s shortcuts with 上报事件, 申报积分, 我的网格, 走访农户, 我的申报 and 我的上报, then the households', async () => {
    const home = await homeOf('grid_worker', regions.ownVillage.code);
    expect(paths(home).slice(0, 7)).toEqual([
      '/events-report',
      '/points-propose',
      '/my-grid',
      '/visits/new',
      '/points-mine',
      '/events-mine',
      '/households',
    ]);
    expect(home.shortcuts[2]).toEqual({
      key: 'my-grid',
      label: { zh: '我的网格', en: 'My grid' },
      path: '/my-grid',
    });
    expect(home.pending.every((p: { count: number }) => p.count === 0)).toBe(true);
  });

  it('starts a village secretary’s with the review queue and the households, a county admin’s with the dashboard and the accounts', async () => {
    expect(paths(await homeOf('village', regions.ownVillage.code)).slice(0, 2)).toEqual([
      '/points-review',
      '/households',
    ]);
    expect(paths(await homeOf('county_admin', regions.county)).slice(0, 2)).toEqual(['/dashboard', '/users']);
  });

  it('starts a villager’s with 上报事件 and 我的上报, then 我的积分 and 积分兑换, and no registry', async () => {
    const home = await homeOf('villager', regions.ownVillage.code);
    expect(paths(home).slice(0, 4)).toEqual([
      '/events-report',
      '/events-mine',
      '/my-points',
      '/points-reserve',
    ]);
  });

  it('offers villagers and party members 便民服务 (the service list)', async () => {
    expect(paths(await homeOf('villager', regions.ownVillage.code))).toContain('/services');
    expect(paths(await homeOf('party_member', regions.ownVillage.code))).toContain('/services');
    expect(paths(await homeOf('township', regions.ownTownship.code))).not.toContain('/services');
  });

  it('offers a villager no registry shortcut', async () => {
    const home = await homeOf('villager', regions.ownVillage.code);
    expect(paths(home)).not.toContain('/households');
  });

  it('answers 401 without a session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });
});
