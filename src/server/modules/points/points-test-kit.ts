import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../contracts/roles';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold } from '../../../testing/people';
import { actorOf } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';

// What the points medium tests share: a fresh harness per test file (each file imports its own
// copy of this module), the village, grid and county sessions, and factories for households,
// village rules, awards, shops and households with points.

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let village: Session;
export let grid: Session;
export let county: Session;
export const today = new Date().toISOString().slice(0, 10);

/** Opens the harness and sessions before the file's tests and closes it after them. */
export const withPointsHarness = () => {
  beforeAll(async () => {
    h = await createHarness();
    regions = await testRegions(h.services.database.db);
    county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
  });
  afterAll(() => h.close());
};

export const household = () => insertHousehold(h.services, { regionCode: regions.ownVillage.code });

/** A party branch of the village, and full members of it made from persons of the registry. */
export const villageBranch = async (name: string) => {
  const branch = await ok(
    county.post('/api/orgs', { name, level: 'branch', kind: 'village', regionCode: regions.ownVillage.code }),
    201,
  );
  const memberOf = async (personId: string) =>
    (
      await ok(
        county.post('/api/members', { personId, orgId: branch.id, status: 'full', joinedOn: '2010-07-01' }),
        201,
      )
    ).id as string;
  return { branch, memberOf };
};

export const civilRule = async (code: string, extra: Record<string, unknown> = {}) =>
  ok(
    village.post('/api/points/rules', {
      regionCode: regions.ownVillage.code,
      system: 'civil',
      code,
      name: `村规${code}`,
      points: 10,
      proposerRoles: ['grid_worker', 'village'],
      approverRoles: ['village'],
      ...extra,
    }),
    201,
  );

/** Proposed by the grid worker, approved by the secretary. */
export const award = async (householdId: string, ruleId: string, extra: Record<string, unknown> = {}) => {
  const claim = await ok(
    grid.post('/api/points/claims', {
      system: 'civil',
      holderId: householdId,
      ruleId,
      occurredOn: today,
      ...extra,
    }),
    201,
  );
  return ok(village.post(`/api/points/claims/${claim.id}/approve`));
};

export const balanceOf = async (accountId: string) =>
  (await ok(village.get(`/api/points/accounts/${accountId}`))).balance;

export const shopWith = async (
  goods: { name: string; price: number; stock: number }[],
  cancelMinutes = 60,
) => {
  const shop = await ok(
    village.post('/api/points/shops', {
      regionCode: regions.ownVillage.code,
      name: `积分超市${Math.random()}`,
      cancelMinutes,
    }),
    201,
  );
  const made = [];
  for (const g of goods) {
    const item = await ok(
      village.post(`/api/points/shops/${shop.id}/goods`, { name: g.name, price: g.price, unit: '袋' }),
      201,
    );
    await ok(
      village.post(`/api/points/goods/${item.id}/stock-in`, { quantity: g.stock, source: '帮扶单位捐赠' }),
    );
    made.push(item);
  }
  return { shop, goods: made };
};

/** A household with `points` on its civilization account. */
export const homeWith = async (points: number) => {
  const home = await household();
  const approved = await award(
    home.id,
    (await civilRule(`奖${Math.random().toString(36).slice(2, 8)}`, { points })).id,
  );
  return { home, accountId: approved.accountId as string };
};

/** A user of `role` with both a session (to act through the API) and a Ctx (to call a use case). */
export const actAs = async (role: Role, regionCode = regions.ownVillage.code) => {
  const user = await makeUser(h.services, { role, regionCode });
  const session = await loginAs(h.app, user.username);
  const ctx: Ctx = {
    db: h.services.database.db,
    actor: actorOf(user),
    meta: { requestId: 'points-test', ip: null },
    pii: h.services.pii,
  };
  return { session, ctx };
};
