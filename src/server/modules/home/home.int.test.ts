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
  it('starts a grid worker’s shortcuts with 我的网格 and the households', async () => {
    const home = await homeOf('grid_worker', regions.ownVillage.code);
    expect(paths(home).slice(0, 2)).toEqual(['/my-grid', '/households']);
    expect(home.shortcuts[0]).toEqual({
      key: 'my-grid',
      label: { zh: '我的网格', en: 'My grid' },
      path: '/my-grid',
    });
    expect(home.pending).toEqual([]);
  });

  it('starts a village secretary’s with the households and a county admin’s with the accounts', async () => {
    expect(paths(await homeOf('village', regions.ownVillage.code))[0]).toBe('/households');
    expect(paths(await homeOf('county_admin', regions.county))[0]).toBe('/users');
  });

  it('offers a villager no registry shortcut', async () => {
    const home = await homeOf('villager', regions.ownVillage.code);
    expect(paths(home)).not.toContain('/households');
  });

  it('answers 401 without a session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });
});
