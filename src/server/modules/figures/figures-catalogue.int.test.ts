import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Dashboard,
  Drill,
  FigureCatalogue,
  FigureReport,
  FigureValues,
  ReportSheet,
} from '../../../contracts/api/figures';
import { generateCounty } from '../../../generator/county';
import { generateEconomy } from '../../../generator/economy';
import { generateEvents } from '../../../generator/events';
import { readWorkbook } from '../../../testing/excel';
import { loginAs, makeUser, type Session, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { actorOf } from '../../platform/auth/session';
import { MODULES } from '..';
import { householdBody } from '../households/test-factories';

// 指标目录: the catalogue lists every figure the modules declare, and a region's values are those
// the records give (checked against plain SQL for the registries' counts and against each figure's
// own computation for the rest), inside the caller's scope only.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let countyActor: ReturnType<typeof actorOf>;
/** The county administrator's use-case context, to compute figures without the routes. */
const countyCtx = () => ({
  db: h.services.database.db,
  actor: countyActor,
  meta: { requestId: 'figures', ip: null },
  pii: h.services.pii,
});
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
  // Two years of grid events to the same day (the quarters of 2026 each hold some).
  await generateEvents(h.services.database, {
    countyCode: '451022',
    seed: 16,
    count: 120,
    today: new Date(Date.UTC(2026, 10, 25)),
  });
  // And two years of collective economy accounts, their income lines by quarter.
  await generateEconomy(h.services.database, { countyCode: '451022', seed: 16, years: 2, year: YEAR });
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
    const ctx = countyCtx();
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

// —— 驾驶舱 and drill-downs (issue 16, item 2) ——

const plain = async (text: string, params: unknown[] = []) =>
  Number((await h.services.database.rawQuery<{ n: number }>(text, params))[0]?.n ?? 0);

const allKeys = () => MODULES.flatMap((m) => (m.figures ?? []).map((f) => f.key));

const drillAll = async (session: Session, key: string, regionCode: string, year = YEAR) => {
  const rows: Drill['rows'] = [];
  let first: Drill | undefined;
  for (let page = 1; page < 100; page++) {
    const res = await session.get(
      `/api/figures/drill?key=${key}&regionCode=${regionCode}&year=${year}&page=${page}&pageSize=100`,
    );
    expect(res.statusCode, `${key} ${res.body}`).toBe(200);
    const body = res.json() as Drill;
    first ??= body;
    rows.push(...body.rows);
    if (rows.length >= body.total) break;
  }
  return { ...(first as Drill), rows };
};

describe('dashboards', () => {
  it('gives every figure for the county, the year before, each township and each category, as the figure computes them', async () => {
    const res = await county.get(`/api/figures/dashboard?year=${YEAR}&keys=${allKeys().join(',')}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as Dashboard;
    expect(d.regionName).toBe('田东县');
    expect(d.children.length).toBeGreaterThan(0);
    expect(d.children.every((c) => c.code.startsWith('451022') && c.code.slice(9) === '000')).toBe(true);
    expect(d.figures.map((f) => f.key)).toEqual(allKeys());
    const ctx = countyCtx();
    const declared = new Map(MODULES.flatMap((m) => m.figures ?? []).map((f) => [f.key, f]));
    for (const f of d.figures) {
      const figure = declared.get(f.key)!;
      expect([f.key, f.value]).toEqual([
        f.key,
        await figure.compute(ctx, { regionCode: regions.county, year: YEAR }),
      ]);
      if (f.perYear) {
        expect([f.key, f.previous]).toEqual([
          f.key,
          await figure.compute(ctx, { regionCode: regions.county, year: YEAR - 1 }),
        ]);
      }
      // Each township's bar is the figure computed for that township (one GROUP BY gives them all).
      const each = await Promise.all(
        d.children.map((c) => figure.compute(ctx, { regionCode: c.code, year: YEAR }).catch(() => 0)),
      );
      expect([f.key, f.byChild]).toEqual([f.key, each]);
      if (f.byCategory.length && !f.unit.zh.includes('%') && f.key !== 'cadres.talentBackground') {
        expect([f.key, f.byCategory.reduce((s, c) => s + c.value, 0)]).toEqual([f.key, f.value]);
      }
    }
  });

  it('counts the registries’ new figures as plain SQL over the generated county does', async () => {
    const d = (
      await county.get(
        `/api/figures/dashboard?year=${YEAR}&keys=cadres.village,cadres.workTeams,cadres.oneShoulderRate,members.pipeline`,
      )
    ).json() as Dashboard;
    const value = (key: string) => d.figures.find((f) => f.key === key)!.value;
    const serving = `deleted_at is null and (ended_on is null or ended_on >= current_date) and region_code like '451022%'`;
    expect(value('cadres.village')).toBe(
      await plain(`select count(*)::int as n from cadres where ${serving} and not is_reserve`),
    );
    expect(value('cadres.village')).toBeGreaterThan(0);
    expect(value('cadres.workTeams')).toBe(
      await plain(`select count(*)::int as n from work_teams where ${serving}`),
    );
    const villages = await plain(
      `select count(*)::int as n from regions where level = 'village' and code like '451022%'`,
    );
    const shoulder = await plain(
      `select count(distinct left(region_code, 12))::int as n from cadres where ${serving} and not is_reserve
         and posts @> '[{"body":"party","post":"secretary"}]' and posts @> '[{"body":"committee","post":"director"}]'`,
    );
    expect(value('cadres.oneShoulderRate')).toBe(Math.round((shoulder * 1000) / villages) / 10);
    expect(value('members.pipeline')).toBe(
      await plain(
        `select count(*)::int as n from development_records where deleted_at is null and region_code like '451022%'
           and stage in ('applicant', 'activist', 'target')`,
      ),
    );
    const ages = d.figures.find((f) => f.key === 'cadres.village')!.byCategory;
    expect(ages.find((a) => a.key === 'to35')!.value).toBe(
      await plain(
        `select count(*)::int as n from cadres c join persons p on p.id = c.person_id
         where c.deleted_at is null and (c.ended_on is null or c.ended_on >= current_date) and c.region_code like '451022%'
           and not c.is_reserve and p.birth_date > current_date - interval '36 years'`,
      ),
    );
  });

  it('opens the records behind every figure, a page at a time, adding up to the figure', async () => {
    for (const key of allKeys()) {
      const d = await drillAll(county, key, regions.county);
      expect(d.rows.length, key).toBe(d.total);
      expect(
        d.rows.every((r) => r.regionCode.startsWith('451022')),
        key,
      ).toBe(true);
      const weights = d.rows.reduce((s, r) => s + r.weight, 0);
      expect(Math.abs(weights - d.sum) < 1e-6, key).toBe(true);
      const isRate = ['%', '‰'].includes(d.unit.zh) || key === 'events.satisfaction';
      if (!isRate)
        expect([key, d.value]).toEqual([key, d.unit.zh === '元' ? Math.round(d.sum) / 100 : d.sum]);
      // No ID number or phone in what a drill-down shows.
      expect(JSON.stringify(d.rows), key).not.toMatch(/\d{17}[\dXx]|1[3-9]\d{9}/);
    }
  });

  it('exports the records behind a figure as the drawer lists them, audited, in scope', async () => {
    for (const [key, category] of [
      ['households.count', undefined],
      ['economy.operatingIncome', undefined],
      ['cadres.village', 'to35'],
    ] as const) {
      const q = `key=${key}&regionCode=${regions.ownTownship.code}&year=${YEAR - 1}${category ? `&category=${category}` : ''}`;
      const d = await drillAll(
        county,
        `${key}${category ? `&category=${category}` : ''}`,
        regions.ownTownship.code,
        YEAR - 1,
      );
      const res = await township.get(`/api/figures/drill.xlsx?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      const ws = (await readWorkbook(res.rawPayload)).worksheets[0];
      expect(String(ws.getCell('A1').value)).toContain(`明细（${YEAR - 1} 年）`);
      const money = d.unit.zh === '元';
      const rows: unknown[][] = [];
      ws.eachRow((row, n) => {
        if (n > 3) rows.push((row.values as unknown[]).slice(1));
      });
      expect([key, rows.length]).toEqual([key, d.total]);
      expect(rows.map((r) => [r[1], r[2], r.at(-1)])).toEqual(
        d.rows.map((r) => [r.regionCode, r.title, money ? r.weight / 100 : r.weight]),
      );
    }
    const audits = await h.services.database.rawQuery<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'figures.drill.export' and region_code = $1`,
      [regions.ownTownship.code],
    );
    expect(audits[0].n).toBe(3);
    const outside = await township.get(
      `/api/figures/drill.xlsx?key=households.count&regionCode=${regions.otherTownship.code}`,
    );
    expect(outside.statusCode).toBe(404);
  });

  it('keeps drill-downs in scope and behind the records’ own permission', async () => {
    const own = await township.get(
      `/api/figures/drill?key=households.count&regionCode=${regions.ownVillage.code}`,
    );
    expect(own.statusCode).toBe(200);
    for (const outside of [regions.otherTownship.code, regions.otherVillage.code, regions.county]) {
      const res = await township.get(`/api/figures/drill?key=households.count&regionCode=${outside}`);
      expect(res.statusCode).toBe(404);
      expect((await township.get(`/api/figures/dashboard?regionCode=${outside}`)).statusCode).toBe(404);
    }
    const unknown = await county.get('/api/figures/drill?key=no.such');
    expect([unknown.statusCode, unknown.body.includes('指标目录中没有这项指标')]).toEqual([400, true]);
    const admin = await loginAs(
      h.app,
      (await makeUser(h.services, { role: 'region_admin', regionCode: regions.county })).username,
    );
    const board = (await admin.get('/api/figures/dashboard?keys=households.count')).json() as Dashboard;
    expect(board.figures[0].drillable).toBe(false);
    const refused = await admin.get('/api/figures/drill?key=households.count');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('不能查看');
  });

  it('shows the layout a county chooses to its townships, until a township chooses its own', async () => {
    const before = (await township.get('/api/figures/dashboard')).json() as Dashboard;
    expect(before.layout.from).toBe('standard');
    const keys = ['members.count', 'households.count'];
    const saved = await county.request('PUT', '/api/figures/dashboard-layout', {
      regionCode: regions.county,
      keys,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const below = (await township.get('/api/figures/dashboard')).json() as Dashboard;
    expect([below.layout, below.figures.map((f) => f.key)]).toEqual([{ keys, from: 'above' }, keys]);
    const own = await township.request('PUT', '/api/figures/dashboard-layout', {
      regionCode: regions.ownTownship.code,
      keys: ['events.reported'],
    });
    expect(own.statusCode).toBe(200);
    expect(((await township.get('/api/figures/dashboard')).json() as Dashboard).layout).toEqual({
      keys: ['events.reported'],
      from: 'own',
    });
    const bad = await township.request('PUT', '/api/figures/dashboard-layout', {
      regionCode: regions.ownTownship.code,
      keys: ['no.such'],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('指标目录中没有');
    const outside = await township.request('PUT', '/api/figures/dashboard-layout', {
      regionCode: regions.county,
      keys,
    });
    expect(outside.statusCode).toBe(404);
    const reset = await township.request(
      'DELETE',
      `/api/figures/dashboard-layout/${regions.ownTownship.code}`,
    );
    expect(reset.json()).toEqual({ keys, from: 'above' });
    expect(
      await plain(`select count(*)::int as n from audit_log where action like 'figures.dashboard.%'`),
    ).toBe(3);
    await county.request('DELETE', `/api/figures/dashboard-layout/${regions.county}`);
  });

  it('keeps the values until a write under the region, then shows it', async () => {
    const url = `/api/figures/dashboard?regionCode=${regions.ownVillage.code}&keys=households.count`;
    const first = (await township.get(url)).json() as Dashboard;
    const again = (await township.get(url)).json() as Dashboard;
    expect(again.dataAt).toBe(first.dataAt);
    const created = await township.post('/api/households', householdBody(regions.ownVillage.code));
    expect(created.statusCode, created.body).toBe(201);
    const after = (await township.get(url)).json() as Dashboard;
    expect(after.figures[0].value).toBe((first.figures[0].value ?? 0) + 1);
    expect(after.dataAt > first.dataAt).toBe(true);
  });

  it('exports the dashboard it shows', async () => {
    const res = await county.get(
      `/api/figures/dashboard.xlsx?year=${YEAR}&keys=households.count,members.count`,
    );
    expect(res.statusCode).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).getWorksheet('驾驶舱')!;
    const d = (
      await county.get(`/api/figures/dashboard?year=${YEAR}&keys=households.count,members.count`)
    ).json() as Dashboard;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '指标',
      '单位',
      `田东县 ${YEAR} 年`,
      `${YEAR - 1} 年`,
      ...d.children.map((c) => c.name),
    ]);
    d.figures.forEach((f, i) => {
      expect(sheet.getRow(4 + i).values).toEqual([
        undefined,
        f.label.zh,
        f.unit.zh,
        f.value,
        f.previous ?? '—',
        ...(f.byChild ?? []),
      ]);
    });
  });
});

describe('one-sheet reports (一表通)', () => {
  it('generates a county’s report for a year with the dashboard’s figures, as Excel too', async () => {
    const keys = ['households.count', 'members.count', 'cadres.oneShoulderRate', 'events.reported'];
    const created = await county.post('/api/figures/reports', {
      name: '测试报表',
      rowLevel: 'township',
      keys,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as FigureReport;
    const sheet = (await county.get(`/api/figures/reports/${id}/sheet?year=${YEAR}`)).json() as ReportSheet;
    const d = (
      await county.get(`/api/figures/dashboard?year=${YEAR}&keys=${keys.join(',')}`)
    ).json() as Dashboard;
    expect(sheet.rows.map((r) => r.code)).toEqual(d.children.map((c) => c.code));
    expect(sheet.total).toEqual(d.figures.map((f) => f.value));
    d.figures.forEach((f, j) => {
      expect([f.key, sheet.rows.map((r) => r.values[j])]).toEqual([f.key, f.byChild]);
    });
    const xlsx = await county.get(`/api/figures/reports/${id}/sheet.xlsx?year=${YEAR}`);
    expect(xlsx.statusCode).toBe(200);
    const ws = (await readWorkbook(xlsx.rawPayload)).worksheets[0];
    expect(String(ws.getCell('A1').value)).toBe(`田东县测试报表（${YEAR} 年）`);
    sheet.rows.forEach((r, i) => {
      expect(ws.getRow(4 + i).values).toEqual([undefined, r.code, r.name, ...r.values]);
    });
    // The township gets the same report for its own villages' parent: itself as the only row.
    const list = (await township.get('/api/figures/reports')).json() as { items: FigureReport[] };
    expect(list.items.filter((r) => r.standard).length).toBe(5);
    expect(list.items.some((r) => r.id === id)).toBe(true);
    const own = (await township.get(`/api/figures/reports/${id}/sheet?year=${YEAR}`)).json() as ReportSheet;
    expect(own.rows.map((r) => r.code)).toEqual([regions.ownTownship.code]);
    expect(own.rows[0].values).toEqual(sheet.rows.find((r) => r.code === regions.ownTownship.code)!.values);
  });

  it('makes every standard report for the county, its villages or townships as rows', async () => {
    const { items } = (await county.get('/api/figures/reports')).json() as { items: FigureReport[] };
    for (const report of items.filter((r) => r.standard)) {
      const res = await county.get(`/api/figures/reports/${report.id}/sheet?year=${YEAR}`);
      expect(res.statusCode, `${report.id} ${res.body}`).toBe(200);
      const sheet = res.json() as ReportSheet;
      expect(sheet.columns.map((c) => c.key)).toEqual(report.keys);
      expect(sheet.rows.length).toBe(
        await plain(`select count(*)::int as n from regions where level = $1 and code like '451022%'`, [
          report.rowLevel,
        ]),
      );
    }
  });

  it('gives a report for a quarter: the quarter’s records, the economy as the quarterly return, none for figures by year', async () => {
    const keys = [
      'events.reported',
      'economy.operatingIncome',
      'economy.totalIncome',
      'assess.stars',
      'households.count',
    ];
    const created = await county.post('/api/figures/reports', {
      name: '季度测试',
      rowLevel: 'township',
      keys,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as FigureReport;
    const catalogue = (await county.get('/api/figures')).json() as FigureCatalogue;
    const byQuarter = new Map(catalogue.items.map((i) => [i.key, i.byQuarter]));
    expect(keys.map((k) => byQuarter.get(k))).toEqual([true, true, true, false, false]);
    const sheets: ReportSheet[] = [];
    for (const quarter of [1, 2, 3, 4]) {
      const res = await county.get(`/api/figures/reports/${id}/sheet?year=${YEAR}&quarter=${quarter}`);
      expect(res.statusCode, res.body).toBe(200);
      sheets.push(res.json() as ReportSheet);
    }
    const whole = (await county.get(`/api/figures/reports/${id}/sheet?year=${YEAR}`)).json() as ReportSheet;
    // Events: reported in the quarter (Beijing time), counted here without the figure's code.
    for (const [i, sheet] of sheets.entries()) {
      expect(sheet.quarter).toBe(i + 1);
      const from = new Date(Date.UTC(YEAR, i * 3, 1) - 8 * 3_600_000).toISOString();
      const to = new Date(Date.UTC(YEAR, i * 3 + 3, 1) - 8 * 3_600_000).toISOString();
      expect(sheet.total[0]).toBe(
        await plain(
          `select count(*)::int as n from events where region_code like '451022%' and status <> 'draft'
             and reported_at >= $1 and reported_at < $2`,
          [from, to],
        ),
      );
      // 星级 (by year) has no quarter; 农户数 (a state of today) is the same in any period.
      expect(sheet.rows.map((r) => r.values[3])).toEqual(sheet.rows.map(() => null));
      expect(sheet.total[4]).toBe(whole.total[4]);
    }
    expect(sheets.reduce((n, s) => n + (s.total[0] ?? 0), 0)).toBe(whole.total[0]);
    expect(whole.total[0]).toBeGreaterThan(0);
    // Income to the end of the quarter, as the quarterly return (the economy module's own sums)
    // gives it; the generator keeps accounts for the years before this one.
    const accounts: ReportSheet[] = [];
    for (const quarter of [1, 2, 3, 4]) {
      const sheet = (
        await county.get(`/api/figures/reports/${id}/sheet?year=${YEAR - 1}&quarter=${quarter}`)
      ).json() as ReportSheet;
      accounts.push(sheet);
      const back = (
        await county.get(
          `/api/economy/quarterly-return?year=${YEAR - 1}&quarter=${quarter}&regionCode=${regions.county}`,
        )
      ).json() as { rows: { regionCode: string; operatingFen: number; totalFen: number }[] };
      for (const row of sheet.rows) {
        const r = back.rows.find((b) => b.regionCode === row.code)!;
        expect([row.code, row.values[1], row.values[2]]).toEqual([
          row.code,
          r.operatingFen / 100,
          r.totalFen / 100,
        ]);
      }
    }
    const lastYear = (
      await county.get(`/api/figures/reports/${id}/sheet?year=${YEAR - 1}`)
    ).json() as ReportSheet;
    expect(accounts[3].total.slice(1, 3)).toEqual(lastYear.total.slice(1, 3));
    // The standard economy report for a quarter: the villages' tiers by income to its end, as the
    // quarterly return puts them (village rows of the county's first township).
    const std = (
      await county.get(`/api/figures/reports/std-economy/sheet?year=${YEAR - 1}&quarter=2`)
    ).json() as ReportSheet;
    const villageReturn = (
      await county.get(
        `/api/economy/quarterly-return?year=${YEAR - 1}&quarter=2&regionCode=${regions.ownTownship.code}`,
      )
    ).json() as { rows: { regionCode: string; operatingFen: number; bandCode: string | null }[] };
    for (const r of villageReturn.rows) {
      const row = std.rows.find((x) => x.code === r.regionCode)!;
      expect([r.regionCode, row.values[0], row.values[2]]).toEqual([
        r.regionCode,
        r.operatingFen / 100,
        r.operatingFen < 5_000_000 ? 1 : 0,
      ]);
    }
    expect(accounts[0].total[2]).toBeLessThan(accounts[3].total[2]!);
    // The drill-down of a quarter adds up to its value; the Excel names the quarter.
    const drill = (
      await county.get(`/api/figures/drill?key=events.reported&year=${YEAR}&quarter=2&pageSize=1`)
    ).json() as Drill;
    expect([drill.quarter, drill.total]).toEqual([2, sheets[1].total[0]]);
    const xlsx = await county.get(`/api/figures/reports/${id}/sheet.xlsx?year=${YEAR}&quarter=3`);
    const ws = (await readWorkbook(xlsx.rawPayload)).worksheets[0];
    expect(String(ws.getCell('A1').value)).toBe(`田东县季度测试（${YEAR} 年第三季度）`);
    expect(ws.getRow(4).values).toEqual([
      undefined,
      sheets[2].rows[0].code,
      sheets[2].rows[0].name,
      ...sheets[2].rows[0].values.map((v) => v ?? '—'),
    ]);
    // Every figure of the catalogue for a quarter: a value for those by quarter and states of
    // today, none for those by year only; each as its module computes it for the quarter.
    const q2 = (await county.get(`/api/figures/values?year=${YEAR}&quarter=2`)).json() as FigureValues;
    expect(q2.quarter).toBe(2);
    const ctx = countyCtx();
    for (const figure of MODULES.flatMap((m) => m.figures ?? [])) {
      const got = q2.values.find((v) => v.key === figure.key)?.value;
      if (figure.byQuarter || figure.perYear === false) {
        const direct = await figure.compute(ctx, { regionCode: regions.county, year: YEAR, quarter: 2 });
        expect([figure.key, got]).toEqual([figure.key, direct]);
      } else expect([figure.key, got]).toEqual([figure.key, null]);
    }
    // A quarter that is not one, and a figure by year drilled by quarter, are refused in Chinese.
    const bad = await county.get(`/api/figures/reports/${id}/sheet?year=${YEAR}&quarter=5`);
    expect([bad.statusCode, bad.body.includes('季度应为 1 至 4')]).toEqual([400, true]);
    const byYear = await county.get(`/api/figures/drill?key=assess.stars&year=${YEAR}&quarter=1`);
    expect([byYear.statusCode, byYear.body.includes('按年度统计')]).toEqual([422, true]);
  });

  it('refuses what a report cannot be, in Chinese, and keeps reports to their regions', async () => {
    const bad = await county.post('/api/figures/reports', { name: '', rowLevel: 'group', keys: ['no.such'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('请填写报表名称');
    const unknown = await county.post('/api/figures/reports', {
      name: '错',
      rowLevel: 'village',
      keys: ['no.such'],
    });
    expect([unknown.statusCode, unknown.body.includes('指标目录中没有')]).toEqual([422, true]);
    const mine = (
      await township.post('/api/figures/reports', {
        name: '本镇报表',
        rowLevel: 'village',
        keys: ['households.count'],
      })
    ).json() as FigureReport;
    const other = await loginAs(
      h.app,
      (await makeUser(h.services, { role: 'township', regionCode: regions.otherTownship.code })).username,
    );
    const seen = (await other.get('/api/figures/reports')).json() as { items: FigureReport[] };
    expect(seen.items.some((r) => r.id === mine.id)).toBe(false);
    expect((await other.get(`/api/figures/reports/${mine.id}/sheet`)).statusCode).toBe(404);
    const edit = { name: '改名', rowLevel: 'village', keys: ['households.count'] };
    expect((await other.request('PUT', `/api/figures/reports/${mine.id}`, edit)).statusCode).toBe(404);
    expect((await township.request('PUT', `/api/figures/reports/${mine.id}`, edit)).statusCode).toBe(200);
    expect((await township.request('DELETE', `/api/figures/reports/${mine.id}`)).statusCode).toBe(200);
    expect((await township.get(`/api/figures/reports/${mine.id}/sheet`)).statusCode).toBe(404);
  });
});
