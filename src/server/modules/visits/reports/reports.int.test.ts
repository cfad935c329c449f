import { beforeAll, describe, expect, it } from 'vitest';
import {
  REPORT_FIGURES,
  type ReportFigure,
  type ReportRecords,
  type ReportRow,
  type VisitsReport,
} from '../../../../contracts/api/visits-reports';
import { readWorkbook, sheetRows } from '../../../../testing/excel';
import { ctxOf, makeUser, type Session } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { OBJECT_TYPES, RISK_TYPES } from '../defaults';
import {
  county,
  gridWorker,
  h,
  newHousehold,
  regions,
  township,
  village,
  villagesUnder,
  withVisitsHarness,
} from '../visits-test-kit';
import { reportsFigures } from './figures';
import { insertCase, insertVisit, plain, under } from './reports-test-kit';

withVisitsHarness();

const FROM = '2025-01-01';
const TO = '2025-12-31';
const PERIOD = `from=${FROM}&to=${TO}`;
const END = '2026-01-01 00:00:00+08';
const START = '2025-01-01 00:00:00+08';

type Counts = Record<Exclude<ReportFigure, never>, number>;

/**
 * The figures counted in plain SQL straight from the tables, grouped by `groupSql` (an expression
 * over region_code, or a constant for the total), for the rows under `code`.
 */
const plainCounts = async (code: string, groupSql: string): Promise<Map<string, Counts>> => {
  const like = under(code);
  const out = new Map<string, Counts>();
  const at = (g: string) => {
    const row = out.get(g) ?? (Object.fromEntries(REPORT_FIGURES.map((f) => [f, 0])) as Counts);
    out.set(g, row);
    return row;
  };
  for (const r of await plain<{ g: string; n: number; hh: number }>(
    `select ${groupSql} as g, count(*)::int as n, count(distinct household_id)::int as hh from visit_records
     where deleted_at is null and visited_on between $1 and $2 and region_code like $3 group by 1`,
    [FROM, TO, like],
  )) {
    at(r.g).visits = r.n;
    at(r.g).householdsVisited = r.hh;
  }
  for (const r of await plain<{ g: string; n: number; s: number; e: number }>(
    `select ${groupSql.replaceAll('region_code', 'p.region_code')} as g, count(*)::int as n,
       sum(case when p.outcome = 'solved' then 1 else 0 end)::int as s,
       sum(case when p.outcome = 'event' then 1 else 0 end)::int as e
     from visit_problems p, visit_records v
     where v.id = p.visit_id and p.deleted_at is null and v.deleted_at is null
       and v.visited_on between $1 and $2 and p.region_code like $3 group by 1`,
    [FROM, TO, like],
  )) {
    at(r.g).problems = r.n;
    at(r.g).solvedOnSpot = r.s;
    at(r.g).passedOn = r.e;
  }
  const cases = async (where: string, distinct: boolean, figure: ReportFigure) => {
    for (const r of await plain<{ g: string; n: number }>(
      `select ${groupSql} as g, count(${distinct ? 'distinct household_id' : '*'})::int as n from monitoring_cases
       where deleted_at is null and region_code like $1 and ${where} group by 1`,
      [like],
    ))
      at(r.g)[figure] = r.n;
  };
  const identifying = `state in ('village_review','county_compare','appraisal','township_review','county_approval')`;
  await cases(
    `identified_at < '${END}' and state != 'not_identified' and (removed_at is null or removed_at >= '${END}')`,
    true,
    'monitored',
  );
  await cases(identifying, false, 'inIdentification');
  await cases(`${identifying} and step_due_at < now()`, false, 'overdueSteps');
  await cases(`removed_at >= '${START}' and removed_at < '${END}'`, false, 'removed');
  return out;
};

const figuresOf = (r: ReportRow): Counts =>
  Object.fromEntries(REPORT_FIGURES.map((f) => [f, r[f]])) as Counts;

const zero = Object.fromEntries(REPORT_FIGURES.map((f) => [f, 0])) as Counts;

const records = (session: Session, query: string): Promise<ReportRecords> =>
  ok(session.get(`/api/visits/reports/records?${PERIOD}&${query}`));

let villageA: string;
let villageB: string;

beforeAll(async () => {
  villageA = regions.ownVillage.code;
  villageB = (await villagesUnder(regions.ownTownship.code))[1].code;
  const villageC = regions.otherVillage.code;
  const [a1, a2, a3, a4] = await Promise.all([1, 2, 3, 4].map(() => newHousehold(villageA)));
  const [b1, b2] = await Promise.all([1, 2].map(() => newHousehold(villageB)));
  const [c1, c2] = await Promise.all([1, 2].map(() => newHousehold(villageC)));

  await insertVisit(a1, '2025-03-01', { solved: 2, passed: 1 });
  await insertVisit(a1, '2025-06-01', { solved: 1 });
  await insertVisit(a2, '2025-12-31', { passed: 2 });
  await insertVisit(a3, '2024-12-31', { solved: 1 });
  await insertVisit(a3, '2026-01-01', { passed: 1 });
  await insertVisit(a3, '2025-04-04', { solved: 1, deleted: true });
  await insertVisit(b1, '2025-01-01', { solved: 3 });
  await insertVisit(b2, '2025-09-09');
  await insertVisit(c1, '2025-05-05', { solved: 1, passed: 1 });
  await insertVisit(c2, '2025-07-07');

  await insertCase(a1, {
    state: 'monitoring',
    objectType: 'unstable',
    riskTypes: ['illness', 'disability'],
    identifiedAt: '2025-04-01T02:00:00Z',
  });
  await insertCase(a2, {
    state: 'removed',
    objectType: 'marginal',
    riskTypes: ['disaster'],
    identifiedAt: '2024-06-01T02:00:00Z',
    removedAt: '2025-08-01T02:00:00Z',
  });
  // Identified at 23:00 on the last day in Beijing: monitored at the period's end.
  await insertCase(a3, {
    state: 'removal_review',
    objectType: 'sudden',
    riskTypes: ['illness'],
    identifiedAt: '2025-12-31T15:00:00Z',
  });
  await insertCase(a4, {
    state: 'monitoring',
    objectType: 'unstable',
    identifiedAt: '2025-01-02T00:00:00Z',
    deleted: true,
  });
  await insertCase(b1, {
    state: 'village_review',
    firstClueAt: '2025-10-01T02:00:00Z',
    stepDueAt: '2025-10-05T09:00:00Z',
  });
  // Removed at midnight of 1 January in Beijing: after the period, so still monitored at its end.
  await insertCase(b1, {
    state: 'removed',
    objectType: 'marginal',
    riskTypes: ['work', 'illness'],
    identifiedAt: '2025-02-01T02:00:00Z',
    removedAt: '2025-12-31T16:00:00Z',
  });
  await insertCase(b2, { state: 'appraisal', stepDueAt: '2099-01-01T00:00:00Z' });
  await insertCase(b2, { state: 'not_identified' });
  await insertCase(c1, {
    state: 'monitoring',
    objectType: 'marginal',
    riskTypes: ['work'],
    identifiedAt: '2025-03-01T02:00:00Z',
  });
  await insertCase(c2, { state: 'county_compare', stepDueAt: '2025-01-01T00:00:00Z' });
}, 120_000);

describe('visits report', () => {
  it('counts every figure per township and in total as plain SQL over the same rows does', async () => {
    const report: VisitsReport = await ok(
      county.get(`/api/visits/reports/summary?regionCode=${regions.county}&${PERIOD}`),
    );
    expect(report.childLevel).toBe('township');
    const byTownship = await plainCounts(regions.county, `rpad(left(region_code, 9), 12, '0')`);
    const townships = await plain<{ code: string }>(
      `select code from regions where level = 'township' and parent_code = $1 order by code`,
      [regions.county],
    );
    expect(report.rows.map((r) => r.regionCode)).toEqual(townships.map((t) => t.code));
    for (const row of report.rows)
      expect(figuresOf(row), row.name).toEqual(byTownship.get(row.regionCode) ?? zero);
    const [total] = (await plainCounts(regions.county, `'all'`)).values();
    expect(figuresOf(report.total)).toEqual(total);
    // The 田东 shape of these rows, counted by hand: problems = solved + passed on.
    expect([report.total.visits, report.total.householdsVisited]).toEqual([7, 6]);
    expect([report.total.problems, report.total.solvedOnSpot, report.total.passedOn]).toEqual([11, 7, 4]);
    expect([report.total.monitored, report.total.removed]).toEqual([4, 1]);
    expect([report.total.inIdentification, report.total.overdueSteps]).toEqual([3, 2]);
  });

  it('breaks the monitored households down by object type and risk type as plain SQL does', async () => {
    const report: VisitsReport = await ok(county.get(`/api/visits/reports/summary?${PERIOD}`));
    const monitored = `deleted_at is null and region_code like $1 and identified_at < '${END}'
      and state != 'not_identified' and (removed_at is null or removed_at >= '${END}')`;
    for (const o of OBJECT_TYPES) {
      const [{ n }] = await plain<{ n: number }>(
        `select count(distinct household_id)::int as n from monitoring_cases where ${monitored} and object_type = $2`,
        [under(regions.county), o.code],
      );
      expect(report.total.monitoredByObjectType[o.code], o.code).toBe(n);
    }
    for (const t of RISK_TYPES) {
      const [{ n }] = await plain<{ n: number }>(
        `select count(distinct household_id)::int as n from monitoring_cases
         where ${monitored} and exists (select 1 from jsonb_array_elements_text(risk_types) e where e = $2)`,
        [under(regions.county), t.code],
      );
      expect(report.total.monitoredByRiskType[t.code], t.code).toBe(n);
    }
    expect(report.total.monitoredByRiskType.illness).toBe(3);
  });

  it('breaks a township into its villages', async () => {
    const report: VisitsReport = await ok(township.get(`/api/visits/reports/summary?${PERIOD}`));
    expect(report.regionCode).toBe(regions.ownTownship.code);
    expect(report.childLevel).toBe('village');
    const byVillage = await plainCounts(regions.ownTownship.code, `left(region_code, 12)`);
    for (const row of report.rows)
      expect(figuresOf(row), row.name).toEqual(byVillage.get(row.regionCode) ?? zero);
    const [total] = (await plainCounts(regions.ownTownship.code, `'all'`)).values();
    expect(figuresOf(report.total)).toEqual(total);
  });

  it('opens the records behind every figure, their total equal to the figure', async () => {
    const report: VisitsReport = await ok(county.get(`/api/visits/reports/summary?${PERIOD}`));
    for (const row of [
      ...report.rows.filter((r) => r.visits || r.monitored || r.inIdentification),
      report.total,
    ]) {
      for (const figure of REPORT_FIGURES) {
        const list = await records(county, `figure=${figure}&regionCode=${row.regionCode}&pageSize=200`);
        expect(list.total, `${row.name} ${figure}`).toBe(row[figure]);
        expect(list.items).toHaveLength(row[figure]);
        expect(list.items.every((i) => i.regionCode.startsWith(under(row.regionCode).slice(0, -1)))).toBe(
          true,
        );
      }
    }
    for (const o of OBJECT_TYPES) {
      const list = await records(county, `figure=monitored&objectType=${o.code}`);
      expect(list.total, o.code).toBe(report.total.monitoredByObjectType[o.code]);
    }
    for (const t of RISK_TYPES) {
      const list = await records(county, `figure=monitored&riskType=${t.code}`);
      expect(list.total, t.code).toBe(report.total.monitoredByRiskType[t.code]);
    }
    // Past the last page: no rows, the same total.
    const past = await records(county, 'figure=problems&page=50');
    expect([past.items.length, past.total]).toEqual([0, report.total.problems]);
  });

  it('names the households of the records and keeps the problems’ outcomes apart', async () => {
    const solved = await records(county, 'figure=solvedOnSpot&pageSize=200');
    expect(solved.items.every((i) => i.kind === 'problem' && i.outcome === 'solved')).toBe(true);
    expect(solved.items.every((i) => i.householdNo && i.villageName && i.townshipName)).toBe(true);
    const passed = await records(county, 'figure=passedOn&pageSize=200');
    expect(passed.items.every((i) => i.outcome === 'event' && i.eventId)).toBe(true);
    const households = await records(county, `figure=householdsVisited&regionCode=${villageA}`);
    const a1 = households.items.find((i) => i.count === 2);
    expect(a1?.date).toBe('2025-06-01');
  });
});

describe('the reports’ scope', () => {
  it('shows a village only its own rows', async () => {
    const report: VisitsReport = await ok(village.get(`/api/visits/reports/summary?${PERIOD}`));
    expect(report.rows.map((r) => r.regionCode)).toEqual([villageA]);
    const [own] = (await plainCounts(villageA, `'all'`)).values();
    expect(figuresOf(report.total)).toEqual(own);
    expect(figuresOf(report.rows[0])).toEqual(own);
    for (const figure of REPORT_FIGURES) {
      const list = await records(village, `figure=${figure}&pageSize=200`);
      expect(list.total, figure).toBe(own[figure]);
      expect(list.items.every((i) => i.regionCode.startsWith(villageA))).toBe(true);
    }
    expect((await village.get(`/api/visits/reports/summary?regionCode=${villageB}`)).statusCode).toBe(404);
    expect(
      (await village.get(`/api/visits/reports/summary?regionCode=${regions.ownTownship.code}`)).statusCode,
    ).toBe(404);
  });

  it('never shows a township the other township’s rows', async () => {
    const other = under(regions.otherTownship.code).slice(0, -1);
    for (const figure of REPORT_FIGURES) {
      const list = await records(township, `figure=${figure}&pageSize=200`);
      expect(
        list.items.some((i) => i.regionCode.startsWith(other)),
        figure,
      ).toBe(false);
    }
    const report: VisitsReport = await ok(township.get(`/api/visits/reports/summary?${PERIOD}`));
    expect(report.rows.some((r) => r.regionCode.startsWith(other))).toBe(false);
    for (const code of [regions.otherTownship.code, regions.otherVillage.code, regions.otherCounty]) {
      expect((await township.get(`/api/visits/reports/summary?regionCode=${code}`)).statusCode).toBe(404);
      expect(
        (await township.get(`/api/visits/reports/records?figure=visits&regionCode=${code}`)).statusCode,
      ).toBe(404);
      expect((await township.get(`/api/visits/reports/summary.xlsx?regionCode=${code}`)).statusCode).toBe(
        404,
      );
    }
    // The county sees them: the rows exist.
    const all = await records(county, 'figure=visits&pageSize=200');
    expect(all.items.some((i) => i.regionCode.startsWith(other))).toBe(true);
  });

  it('refuses a period that ends before it starts, or is no date, naming the field', async () => {
    const res = await county.get('/api/visits/reports/summary?from=2025-05-01&to=2025-04-01');
    expect(res.statusCode).toBe(422);
    expect(res.json().fields[0].path).toBe('from');
    const bad = await county.get('/api/visits/reports/records?figure=visits&to=2025-02-30');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('结束日期');
    expect((await county.get('/api/visits/reports/records?figure=nothing')).statusCode).toBe(400);
  });
});

describe('the Excel report and the figures', () => {
  it('exports the report with a title, the period and the totals, audited; grid workers may not', async () => {
    const res = await county.get(`/api/visits/reports/summary.xlsx?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '走访监测报表');
    expect(rows[0][0]).toContain('走访与防返贫监测情况统计表');
    expect(rows[1][0]).toContain(`${FROM} 至 ${TO}`);
    expect(rows[2].slice(3, 8)).toEqual([
      '走访农户（户）',
      '走访次数',
      '收集问题（个）',
      '当场解决（个）',
      '转办（个）',
    ]);
    const last = rows[rows.length - 1];
    expect(last[1]).toBe('合计');
    expect(last.slice(3, 8)).toEqual(['6', '7', '11', '7', '4']);
    const [{ n }] = await plain<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'visits.reports.export'`,
    );
    expect(n).toBe(1);
    expect((await gridWorker.get(`/api/visits/reports/summary.xlsx?${PERIOD}`)).statusCode).toBe(403);
  });

  it('gives the catalogue’s figures the report’s totals of the year', async () => {
    const report: VisitsReport = await ok(county.get(`/api/visits/reports/summary?${PERIOD}`));
    const ctx = ctxOf(
      h.services,
      await makeUser(h.services, { role: 'county_admin', regionCode: regions.county }),
    );
    const expected: Record<string, number> = {
      'visits.householdsVisited': report.total.householdsVisited,
      'visits.problems': report.total.problems,
      'visits.solvedOnSpot': report.total.solvedOnSpot,
      'visits.passedOn': report.total.passedOn,
      'monitoring.households': report.total.monitored,
      'monitoring.overdueSteps': report.total.overdueSteps,
      'monitoring.removed': report.total.removed,
    };
    expect(reportsFigures.map((f) => f.key).sort()).toEqual(Object.keys(expected).sort());
    for (const f of reportsFigures)
      expect(await f.compute(ctx, { regionCode: regions.county, year: 2025 }), f.key).toBe(expected[f.key]);
  });
});
