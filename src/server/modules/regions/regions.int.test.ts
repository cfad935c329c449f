import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { regions as regionsTable } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
});
afterAll(() => h.close());

const db = () => h.services.database.db;
type Item = { code: string; name: string; level: string; childCount: number };
const villagesOf = (township: string) =>
  db()
    .select()
    .from(regionsTable)
    .where(and(eq(regionsTable.parentCode, township), eq(regionsTable.level, 'village')));

describe('reading regions', () => {
  it('returns a region with its path from the province down to itself', async () => {
    const res = await county.get(`/api/regions/${regions.ownTownship.code}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      code: '451022100000',
      name: '平马镇',
      level: 'township',
      parentCode: '451022000000',
      initials: 'pmz',
    });
    expect(body.childCount).toBe((await villagesOf('451022100000')).length);
    expect(body.path).toEqual([
      { code: '450000000000', name: '广西壮族自治区', level: 'province' },
      { code: '451000000000', name: '百色市', level: 'city' },
      { code: '451022000000', name: '田东县', level: 'county' },
      { code: '451022100000', name: '平马镇', level: 'township' },
    ]);
  });

  it('lists the townships of 田东 with the number of villages of each', async () => {
    const res = await county.get(`/api/regions/${regions.county}/children`);
    expect(res.statusCode).toBe(200);
    const items: Item[] = res.json().items;
    expect(items.length).toBe(10);
    expect(items.every((t) => t.level === 'township' && t.code.startsWith('451022'))).toBe(true);
    expect(items[0]).toMatchObject({ code: '451022100000', name: '平马镇' });
    for (const t of items.slice(0, 3)) expect(t.childCount).toBe((await villagesOf(t.code)).length);
    expect(items.reduce((sum, t) => sum + t.childCount, 0)).toBe(173);
  });

  it('shows village names as people say them, not as the statistics tables write them', async () => {
    const items: Item[] = (await county.get(`/api/regions/${regions.ownTownship.code}/children`)).json()
      .items;
    expect(items.map((v) => v.name)).toContain('广场社区');
    expect(items.some((v) => /委员会$|委会$/.test(v.name))).toBe(false);
  });

  it('answers 404 for a region outside the caller’s scope, and for one that does not exist', async () => {
    for (const url of [
      `/api/regions/${regions.otherTownship.code}`,
      `/api/regions/${regions.otherTownship.code}/children`,
      `/api/regions/${regions.county}`,
    ]) {
      const res = await township.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect((await county.get(`/api/regions/${regions.otherCounty}`)).statusCode).toBe(404);
    expect((await county.get('/api/regions/451022100999')).statusCode).toBe(404);
  });

  it('refuses a malformed region code with 400', async () => {
    expect((await county.get('/api/regions/451022')).statusCode).toBe(400);
  });
});

describe('searching regions', () => {
  it('finds 平马镇 by its pinyin initials', async () => {
    const res = await county.get('/api/regions/search?q=pmz');
    expect(res.statusCode).toBe(200);
    const items: Item[] = res.json().items;
    expect(items[0]).toMatchObject({ code: '451022100000', name: '平马镇' });
    expect(res.json().items[0].path.map((p: { name: string }) => p.name)).toEqual([
      '广西壮族自治区',
      '百色市',
      '田东县',
      '平马镇',
    ]);
  });

  it('finds regions by a part of the Chinese name, also with upper-case initials', async () => {
    const byName: Item[] = (await county.get(`/api/regions/search?q=${encodeURIComponent('祥周')}`)).json()
      .items;
    expect(byName.map((r) => r.name)).toEqual(expect.arrayContaining(['祥周镇', '祥周村']));
    const upper: Item[] = (await county.get('/api/regions/search?q=PMZ')).json().items;
    expect(upper.map((r) => r.code)).toContain('451022100000');
  });

  it('searches only inside the caller’s scope', async () => {
    const other = await township.get(
      `/api/regions/search?q=${encodeURIComponent(regions.otherTownship.name)}`,
    );
    expect(other.statusCode).toBe(200);
    expect(other.json().items).toEqual([]);
    const own = (await township.get('/api/regions/search?q=pmz')).json().items;
    expect(own.map((r: Item) => r.code)).toEqual(['451022100000']);
    const lingyun = (await county.get(`/api/regions/search?q=${encodeURIComponent('泗城')}`)).json().items;
    expect(lingyun).toEqual([]);
  });

  it('respects the limit and treats % as a plain character', async () => {
    const limited = (await county.get(`/api/regions/search?q=${encodeURIComponent('村')}&limit=5`)).json();
    expect(limited.items).toHaveLength(5);
    const percent = (await county.get(`/api/regions/search?q=${encodeURIComponent('%')}`)).json();
    expect(percent.items).toEqual([]);
  });
});

describe('villager groups', () => {
  it('numbers groups below a village 001, 002 and refuses a duplicate name with 409', async () => {
    const village = regions.ownVillage.code;
    const first = await township.post(`/api/regions/${village}/groups`, { name: '那坡屯' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      code: `${village}001`,
      parentCode: village,
      level: 'group',
      name: '那坡屯',
      initials: 'npt',
      childCount: 0,
    });
    const second = await township.post(`/api/regions/${village}/groups`, { name: '第二村民小组' });
    expect(second.json().code).toBe(`${village}002`);

    const duplicate = await county.post(`/api/regions/${village}/groups`, { name: '那坡屯' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().fields[0].path).toBe('name');

    const parent = (await county.get(`/api/regions/${village}`)).json();
    expect(parent.childCount).toBe(2);
    const group = (await county.get(`/api/regions/${village}001`)).json();
    expect(group.path.map((p: { level: string }) => p.level)).toEqual([
      'province',
      'city',
      'county',
      'township',
      'village',
      'group',
    ]);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'region.create_group'), eq(auditLog.entityId, `${village}001`)));
    expect(audits).toHaveLength(1);
  });

  it('refuses a group directly under a township with 422', async () => {
    const res = await county.post(`/api/regions/${regions.ownTownship.code}/groups`, { name: '某屯' });
    expect(res.statusCode).toBe(422);
    const rows = await db()
      .select()
      .from(regionsTable)
      .where(and(eq(regionsTable.parentCode, regions.ownTownship.code), eq(regionsTable.name, '某屯')));
    expect(rows).toEqual([]);
  });

  it('answers 404 for a village outside the caller’s scope', async () => {
    const res = await township.post(`/api/regions/${regions.otherVillage.code}/groups`, { name: '外屯' });
    expect(res.statusCode).toBe(404);
  });

  it('lets a village secretary add groups to its own village only', async () => {
    const secretary = await makeUser(h.services, { role: 'village', regionCode: regions.otherVillage.code });
    const session = await loginAs(h.app, secretary.username);
    const own = await session.post(`/api/regions/${regions.otherVillage.code}/groups`, { name: '一组' });
    expect(own.statusCode).toBe(201);
    expect(own.json().code).toBe(`${regions.otherVillage.code}001`);
    const [sibling] = await villagesOf(regions.otherTownship.code).then((vs) =>
      vs.filter((v) => v.code !== regions.otherVillage.code),
    );
    expect((await session.post(`/api/regions/${sibling.code}/groups`, { name: '一组' })).statusCode).toBe(
      404,
    );
  });

  it('refuses group creation to a grid worker', async () => {
    const worker = await makeUser(h.services, { role: 'grid_worker', regionCode: regions.ownVillage.code });
    const session = await loginAs(h.app, worker.username);
    expect(
      (await session.post(`/api/regions/${regions.ownVillage.code}/groups`, { name: '二组' })).statusCode,
    ).toBe(403);
  });
});

describe('importing a county', () => {
  it('re-imports 田东 without inserting anything', async () => {
    const res = await county.post('/api/regions/import', { countyCode: '451022' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      countyCode: '451022',
      countyName: '田东县',
      townships: 10,
      villages: 173,
      inserted: 0,
    });
    const [row] = await db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'region.import'),
          eq(auditLog.requestId, String(res.headers['x-request-id'])),
        ),
      );
    expect(row).toMatchObject({ regionCode: '451022000000', diff: { after: { inserted: 0 } } });
  });

  it('keeps villager groups that a village added when the county is re-imported', async () => {
    const village = '451022100003'; // 文教社区, a village no other test adds groups to
    const created = await county.post(`/api/regions/${village}/groups`, { name: '保留屯' });
    expect(created.statusCode).toBe(201);
    await county.post('/api/regions/import', { countyCode: '451022' });
    expect((await county.get(`/api/regions/${created.json().code}`)).json().name).toBe('保留屯');
  });

  it('refuses the 田东 county admin importing 凌云 with 403', async () => {
    const res = await county.post('/api/regions/import', { countyCode: '451027' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('refuses a county code that does not exist with 422', async () => {
    const res = await county.post('/api/regions/import', { countyCode: '999999' });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual([{ path: 'countyCode', message: expect.stringContaining('999999') }]);
  });

  it('refuses an import to a township admin', async () => {
    expect((await township.post('/api/regions/import', { countyCode: '451022' })).statusCode).toBe(403);
  });
});
