import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoundaryCollectionBody, BoundaryUploadResult } from '../../../../contracts/api/figure-maps';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../../testing/factories';
import { createHarness, type TestHarness } from '../../../../testing/harness';
import { boundaryFixture, type FixtureCollection } from './boundary-fixture';
import type { Position } from './geojson';

// 区划边界 through the API, on PGlite and PostgreSQL: a county uploads the boundaries of its
// townships (a township those of its villages); a file with any problem is refused in Chinese,
// naming the feature, and changes nothing; maps keep to the caller's scope; writes are audited.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let lingyun: Session;

const url = (code: string) => `/api/figures/boundaries/${code}`;
const put = (s: Session, code: string, body: unknown, type = 'application/json') =>
  s.request('PUT', url(code), typeof body === 'string' ? body : JSON.stringify(body), {
    'content-type': type,
  });
const count = async (sql: string, params: unknown[] = []) =>
  (await h.services.database.rawQuery<{ n: number }>(sql, params))[0].n;
const stored = (code: string) =>
  count('select count(*)::int as n from region_boundaries where region_code = $1', [code]);
const audits = (action: string, code: string) =>
  count('select count(*)::int as n from audit_log where action = $1 and region_code = $2', [action, code]);

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  lingyun = await sessionAs(h.app, h.services, 'county_admin', regions.otherCounty);
}, 120_000);
afterAll(() => h.close());

const townships = () => boundaryFixture(h.services.database.db, regions.county);

describe('uploading boundaries', () => {
  it('refuses each kind of bad file with 422 in Chinese, naming the feature, and stores nothing', async () => {
    const { collection } = await townships();
    const bad = (change: (c: FixtureCollection) => void) => {
      const copy = structuredClone(collection);
      change(copy);
      return copy;
    };
    const ring = (c: FixtureCollection, i: number) => c.features[i].geometry.coordinates[0] as Position[];
    const cases: [unknown, RegExp, string][] = [
      ['{"type": "FeatureCollection", "features": [', /不是有效的 JSON/, 'file'],
      [{ type: 'Feature', geometry: null, properties: {} }, /FeatureCollection/, 'file'],
      [
        bad((c) => {
          (c.features[1] as { geometry: unknown }).geometry = { type: 'LineString', coordinates: [] };
        }),
        /^第 2 个区域（.+）：没有面状边界（几何类型应为 Polygon 或 MultiPolygon，实为 LineString）/,
        'features.1',
      ],
      [
        bad((c) => {
          (ring(c, 0) as unknown[])[2] = [107.1, 'north'];
        }),
        /^第 1 个区域.*坐标应为 \[经度, 纬度\] 两个数字/,
        'features.0',
      ],
      [
        bad((c) => {
          c.features[2].geometry.coordinates = [ring(c, 2).map((): Position => [500_000, 2_610_000])];
        }),
        /^第 3 个区域.*不在中国的经纬度范围内（经度 73–136，纬度 3–54）.*投影坐标.*WGS84 或 GCJ-02/,
        'features.2',
      ],
      [
        bad((c) => {
          c.features[3].geometry.coordinates = [[...ring(c, 3).slice(0, 2), ring(c, 3)[0]]];
        }),
        /^第 4 个区域.*只有 3 个点，一个环至少需要 4 个点/,
        'features.3',
      ],
      [
        bad((c) => {
          ring(c, 4).pop();
          ring(c, 4).push([107.5, 23.9]);
        }),
        /^第 5 个区域.*没有闭合/,
        'features.4',
      ],
      [
        bad((c) => {
          c.features[5].properties = { name: '不存在镇', code: '451027100000' };
        }),
        /^第 6 个区域（名称“不存在镇”、代码 451027100000）不是田东县的下级区划，无法对应/,
        'features.5',
      ],
      [
        bad((c) => {
          c.features[6].properties = { ...c.features[0].properties };
        }),
        /^第 7 个区域与第 1 个区域都是“.+”，同一区划只能有一个边界/,
        'features.6',
      ],
    ];
    for (const [body, message, path] of cases) {
      const res = await put(county, regions.county, body);
      expect(res.statusCode, res.body).toBe(422);
      const error = res.json() as { code: string; message: string; fields: { path: string }[] };
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(message);
      expect(error.fields[0].path).toBe(path);
    }
    expect(await stored(regions.county)).toBe(0);
    expect(await audits('figures.boundaries.upload', regions.county)).toBe(0);
  });

  it('stores a file matched by code, lists it, answers it back and audits the upload', async () => {
    const { children, collection } = await townships();
    const res = await put(county, regions.county, collection, 'application/geo+json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ regionCode: regions.county, matched: children.length, missing: [] });
    const map = (await county.get(url(regions.county))).json() as BoundaryCollectionBody;
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.map((f) => f.properties)).toEqual(children);
    expect(map.features[0].geometry).toEqual(collection.features[0].geometry);
    const list = (await county.get('/api/figures/boundaries')).json() as { items: unknown[] };
    expect(list.items).toEqual([
      {
        regionCode: regions.county,
        regionName: '田东县',
        featureCount: children.length,
        updatedAt: expect.any(String),
      },
    ]);
    expect(await audits('figures.boundaries.upload', regions.county)).toBe(1);
  });

  it('keeps the stored map when a later file is refused', async () => {
    const { collection } = await townships();
    const broken = structuredClone(collection);
    (broken.features[0] as { geometry: unknown }).geometry = null;
    expect((await put(county, regions.county, broken)).statusCode).toBe(422);
    const map = (await county.get(url(regions.county))).json() as BoundaryCollectionBody;
    expect(map.features).toHaveLength(collection.features.length);
    expect(await audits('figures.boundaries.upload', regions.county)).toBe(1);
  });

  it('matches a township’s villages by name, names the villages left out, and takes a large file', async () => {
    const code = regions.ownTownship.code;
    const { children, collection } = await boundaryFixture(h.services.database.db, code, { naming: 'name' });
    expect(children.length).toBeGreaterThan(3);
    const left = collection.features.splice(1, 2);
    // Dense edges, as a surveyed boundary has: well over the 2 MB default body limit.
    const edge = collection.features[0].geometry.coordinates[0] as [number, number][];
    const [[x0, y0], [x1]] = edge;
    const dense = Array.from({ length: 60_000 }, (_, i): Position => [x0 + ((x1 - x0) * i) / 60_000, y0]);
    collection.features[0].geometry.coordinates = [[...dense, ...edge.slice(1)]];
    const text = JSON.stringify(collection, null, 2);
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    const res = await put(township, code, text);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const answer = res.json() as BoundaryUploadResult;
    expect(answer.matched).toBe(children.length - 2);
    expect(answer.missing).toEqual(left.map((f) => f.properties.NAME));
    expect(answer.missing).toEqual([children[1].name, children[2].name]);
  });

  it('refuses a village and a region without children as the region of a map', async () => {
    const res = await put(county, regions.ownVillage.code, (await townships()).collection);
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toMatch(/只能为县.*或乡镇/);
  });
});

describe('boundaries and the scope', () => {
  it('answers 404 to another county’s admin, and to a township for the county or another township', async () => {
    const { collection } = await townships();
    for (const [session, code] of [
      [lingyun, regions.county],
      [township, regions.county],
      [township, regions.otherTownship.code],
    ] as const) {
      expect((await put(session, code, collection)).statusCode).toBe(404);
      expect((await session.get(url(code))).statusCode).toBe(404);
      expect((await session.request('DELETE', url(code))).statusCode).toBe(404);
    }
    expect((await lingyun.get('/api/figures/boundaries')).json()).toEqual({ items: [] });
    const own = (await township.get('/api/figures/boundaries')).json() as { items: { regionCode: string }[] };
    expect(own.items.map((i) => i.regionCode)).toEqual([regions.ownTownship.code]);
  });

  it('lets a village read nothing above it and write nothing', async () => {
    const village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
    expect((await village.get(url(regions.ownTownship.code))).statusCode).toBe(404);
    expect(
      (await put(village, regions.ownVillage.code, { type: 'FeatureCollection', features: [] })).statusCode,
    ).toBe(403);
    const user = await makeUser(h.services, { role: 'region_admin', regionCode: '451000000000' });
    const city = await loginAs(h.app, user.username);
    expect((await city.get(url(regions.county))).statusCode).toBe(200);
    expect((await put(city, regions.county, (await townships()).collection)).statusCode).toBe(403);
  });
});

describe('removing boundaries', () => {
  it('deletes the map with an audit row, after which it is gone', async () => {
    const res = await county.request('DELETE', url(regions.county));
    expect(res.statusCode, res.body).toBe(200);
    expect((await county.get(url(regions.county))).statusCode).toBe(404);
    expect(await stored(regions.county)).toBe(0);
    expect(await audits('figures.boundaries.delete', regions.county)).toBe(1);
    expect((await county.request('DELETE', url(regions.county))).statusCode).toBe(404);
  });
});
