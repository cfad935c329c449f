import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../testing/factories';
import { closeHarness, county, h, newAccount, openHarness, regions, township } from './users-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

describe('listing accounts', () => {
  it('paginates and sorts on the server', async () => {
    const prefix = `pg${Date.now() % 100_000}`;
    for (const suffix of ['c', 'a', 'e', 'b', 'd']) {
      await county.post('/api/users', {
        ...newAccount('villager', regions.ownVillage.code),
        username: `${prefix}${suffix}`,
      });
    }
    const page = async (n: number) =>
      (await county.get(`/api/users?q=${prefix}&sort=username&order=asc&pageSize=2&page=${n}`)).json();
    const [one, two, three] = [await page(1), await page(2), await page(3)];
    expect(one.total).toBe(5);
    expect(one.pageSize).toBe(2);
    expect([...one.items, ...two.items, ...three.items].map((u: { username: string }) => u.username)).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((s) => `${prefix}${s}`),
    );
    const desc = (await county.get(`/api/users?q=${prefix}&sort=username&order=desc&pageSize=1`)).json();
    expect(desc.items[0].username).toBe(`${prefix}e`);
  });

  it('shows a township admin only the accounts of its own township', async () => {
    const mine = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const theirs = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.otherVillage.code });
    const res = await township.get('/api/users?pageSize=200');
    expect(res.statusCode).toBe(200);
    const list = res.json();
    const ids = list.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    for (const u of list.items)
      expect(u.scopeCode.startsWith(regions.ownTownship.code.slice(0, 9))).toBe(true);
    expect(list.total).toBe(list.items.length);

    const countyIds = (await county.get('/api/users?pageSize=200'))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(countyIds).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it('filters by role and by region', async () => {
    const res = await county.get(
      `/api/users?role=township&regionCode=${regions.ownTownship.code}&pageSize=200`,
    );
    const items = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const u of items) expect(u).toMatchObject({ role: 'township', scopeCode: regions.ownTownship.code });
  });

  it('finds an account by its full phone number through the blind index', async () => {
    const target = await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13900001111',
    });
    await makeUser(h.services, {
      role: 'grid_worker',
      regionCode: regions.ownVillage.code,
      phone: '13900001112',
    });
    const res = await county.get('/api/users?q=13900001111');
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([target.id]);
    expect(res.json().items[0].phoneMasked).toBe('139****1111');
    expect((await county.get('/api/users?q=1390000')).json().total).toBe(0);
  });

  it('treats % and _ in the search as plain characters', async () => {
    const res = await county.get(`/api/users?q=${encodeURIComponent('%')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
  });
});
