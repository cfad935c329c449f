import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureCatalogue, FigureValues } from '../../../contracts/api/figures';
import { generateCounty } from '../../../generator/county';
import { readWorkbook } from '../../../testing/excel';
import { loginAs, makeUser, type Session, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { actorOf } from '../../platform/auth/session';
import { MODULES } from '..';

// 指标目录: the catalogue lists every figure the modules declare, and a region's values are those
// the records give (checked against plain SQL for the registries' counts and against each figure's
// own computation for the rest), inside the caller's scope only.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let countyActor: ReturnType<typeof actorOf>;
let township: Session;
const YEAR = 2026;

const countUnder = async (table: string, prefix: string) => {
  const [row] = await h.services.database.rawQuery<{ n: number }>(
    `select count(*)::int as n from ${table} where region_code like $1 and deleted_at is null`,
    [`${prefix}%`],
  );
  return row.n;
};

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  await generateCounty(h.services.database, h.services.pii, {
    countyCode: '451022',
    seed: 16,
    villages: 3,
    householdsPerVillage: 12,
    today: new Date(Date.UTC(2026, 10, 25)),
  });
  const admin = await makeUser(h.services, { role: 'county_admin', regionCode: regions.county });
  countyActor = actorOf(admin);
  county = await loginAs(h.app, admin.username);
  township = await loginAs(
    h.app,
    (await makeUser(h.services, { role: 'township', regionCode: regions.ownTownship.code })).username,
  );
}, 120_000);
afterAll(() => h.close());

describe('figure catalogue', () => {
  it('lists every figure of every module once, with its definition and unit in both languages', async () => {
    const res = await county.get('/api/figures');
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as FigureCatalogue;
    const declared = MODULES.flatMap((m) => (m.figures ?? []).map((f) => `${m.name}:${f.key}`));
    expect(items.map((i) => `${i.module}:${i.key}`)).toEqual(declared);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const item of items) {
      for (const text of [item.label, item.definition, item.unit, item.moduleLabel]) {
        expect(text.zh.trim(), item.key).not.toBe('');
        expect(text.en.trim(), item.key).not.toBe('');
      }
    }
  });

  it('gives the county’s values as the records give them', async () => {
    const res = await county.get(`/api/figures/values?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as FigureValues;
    expect(body).toMatchObject({ regionCode: regions.county, regionName: '田东县', year: YEAR });
    const value = (key: string) => body.values.find((v) => v.key === key)?.value;
    // Every figure declared today is kept at county level: none is left without a value.
    expect(body.values.filter((v) => v.value === null).map((v) => v.key)).toEqual([]);
    expect(value('households.count')).toBe(await countUnder('households', '451022'));
    expect(value('households.count')).toBeGreaterThanOrEqual(36);
    expect(value('persons.count')).toBe(await countUnder('persons', '451022'));
    // Every other figure: the value its module computes for the same region and year.
    const ctx = {
      db: h.services.database.db,
      actor: countyActor,
      meta: { requestId: 'figures', ip: null },
      pii: h.services.pii,
    };
    for (const figure of MODULES.flatMap((m) => m.figures ?? [])) {
      const direct = await figure.compute(ctx, { regionCode: regions.county, year: YEAR }).catch(() => null);
      expect([figure.key, value(figure.key)]).toEqual([figure.key, direct]);
    }
  });

  it('gives a township its own values by default and a village’s on request, and nothing outside', async () => {
    const own = (await township.get(`/api/figures/values?year=${YEAR}`)).json() as FigureValues;
    expect(own.regionCode).toBe(regions.ownTownship.code);
    const village = await township.get(
      `/api/figures/values?regionCode=${regions.ownVillage.code}&year=${YEAR}`,
    );
    expect(village.statusCode).toBe(200);
    const households = (village.json() as FigureValues).values.find((v) => v.key === 'households.count');
    expect(households?.value).toBe(await countUnder('households', regions.ownVillage.code));
    for (const outside of [regions.otherTownship.code, regions.otherVillage.code, regions.county])
      expect((await township.get(`/api/figures/values?regionCode=${outside}`)).statusCode).toBe(404);
  });

  it('refuses villagers and a year that is not one, in Chinese', async () => {
    const villager = await loginAs(
      h.app,
      (await makeUser(h.services, { role: 'villager', regionCode: regions.ownVillage.code })).username,
    );
    expect((await villager.get('/api/figures')).statusCode).toBe(403);
    expect((await villager.get('/api/figures/values')).statusCode).toBe(403);
    const bad = await county.get('/api/figures/values?year=1900');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('年度不能早于 2000 年');
  });
});

describe('figure values as Excel', () => {
  it('exports the values the page shows, each with its unit and definition', async () => {
    const res = await township.get(`/api/figures/values.xlsx?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = (await readWorkbook(res.rawPayload)).getWorksheet('指标')!;
    const shown = (await township.get(`/api/figures/values?year=${YEAR}`)).json() as FigureValues;
    const { items } = (await township.get('/api/figures')).json() as FigureCatalogue;
    expect(String(sheet.getCell('A1').value)).toContain(`${YEAR} 年`);
    items.forEach((item, i) => {
      const row = sheet.getRow(i + 4);
      const value = shown.values.find((v) => v.key === item.key)!.value;
      expect([
        row.getCell(7).value,
        row.getCell(3).value,
        row.getCell(4).value,
        row.getCell(6).value,
      ]).toEqual([item.key, value ?? '—', item.unit.zh, item.definition.zh]);
    });
  });
});
