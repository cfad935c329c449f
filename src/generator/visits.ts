import { chinaDay, loadCalendar } from '../server/modules/events/calendar';
import {
  leaderContactLogs,
  leaderContacts,
  monitoringCases,
  monitoringDepartmentRecords,
  monitoringFollowups,
  monitoringMeasures,
  monitoringSignals,
  secretaryTours,
  tenStepProgress,
  visitProblems,
  visitRecords,
} from '../server/modules/visits/tables';
import { writeAudit } from '../server/platform/audit/write';
import type { Database } from '../server/platform/db/types';
import { countyCodeOf, countyOf } from '../server/platform/scope';
import { Rng } from './random';
import { planContacts } from './visits-contacts';
import { copyAll, passOn } from './visits-events';
import { planMonitoring } from './visits-monitoring';
import { type Home, planVisits, TIANDONG_VISITS } from './visits-plan';

// 十问十清 visits and return-to-poverty monitoring for a county the generator has filled
// (docs/generator.md, docs/visits.md): visits over a share of households with their answers and
// problems (solved on the spot, or passed on as grid events of source 'visit' linked both ways),
// households' self-paid rigid spending, monitoring cases in every state with their signals,
// measures and follow-ups, department records, leaders' contacts, ten-step progress and
// secretaries' tours. `seedShape: 'tiandong'` gives the county 田东's totals exactly (1,122
// households visited, 1,067 problems, 847 solved on the spot, 220 passed on). Deterministic per
// seed and `today`; written by COPY; refuses a county that already has visits.

export interface VisitsOptions {
  countyCode: string;
  seed: number;
  /** The end of the year of visits; now when absent. */
  today?: Date;
  seedShape?: 'tiandong';
}

export interface VisitsResult {
  households: number;
  visited: number;
  visits: number;
  problems: number;
  solved: number;
  passedOn: number;
  events: number;
  rigidSpending: number;
  signals: number;
  cases: number;
  overdue: number;
  measures: number;
  followups: number;
  departmentRecords: number;
  contacts: number;
  contactLogs: number;
  tenSteps: number;
  tours: number;
  ms: number;
}

const SYSTEM = { actor: null, meta: { requestId: 'generator', ip: null } };
const CHUNK = 5_000;

const homesOf = (database: Database, prefix: string) =>
  database.rawQuery<Home>(
    `select h.id, h.region_code as "regionCode", h.household_no as "householdNo", h.grid_id as "gridId",
       h.poverty_status as "povertyStatus",
       h.income_per_capita as "incomePerCapita", h.head_person_id as "headPersonId", h.helper_name as "helperName",
       (select count(*)::int from persons p where p.household_id = h.id and p.deleted_at is null) as size,
       w.id as "workerId", w.name as "workerName"
     from households h left join grids g on g.id = h.grid_id
     left join lateral (select gw.id, gw.name from grid_workers gw where gw.grid_id = g.parent_id and gw.deleted_at is null
       order by gw.id limit 1) w on true
     where h.region_code >= $1 and h.region_code < $2 and h.deleted_at is null order by h.household_no, h.id`,
    [prefix, `${prefix}z`],
  );

/** 刚性支出自付 for a realistic share: most small, a few above half of the household's income. */
const rigidSpending = (rng: Rng, homes: Home[]) => {
  const share: Record<string, number> = { monitored: 0.7, escaped: 0.45, general: 0.2 };
  const out: [string, number][] = [];
  for (const h of homes) {
    if (!rng.chance(share[h.povertyStatus] ?? 0.2)) continue;
    const income = (h.incomePerCapita ?? 8_000) * Math.max(h.size, 1);
    const high = rng.chance(h.povertyStatus === 'general' ? 0.02 : 0.08);
    out.push([
      h.id,
      high ? Math.round((income * (0.55 + rng.float() * 0.6)) / 10) * 10 : rng.int(3, 60) * 100,
    ]);
  }
  return out;
};

export const generateVisits = async (database: Database, o: VisitsOptions): Promise<VisitsResult> => {
  const started = performance.now();
  const county = countyCodeOf(o.countyCode);
  const prefix = countyOf(county);
  const q = database.rawQuery;
  const [taken] = await q(
    `select 1 from visit_records where region_code >= $1 and region_code < $2 limit 1`,
    [prefix, `${prefix}z`],
  );
  if (taken) throw new Error('所选的县已有走访记录：生成器只写入没有走访记录的县');
  const homes = await homesOf(database, prefix);
  if (homes.length === 0) throw new Error('所选的县还没有农户：先生成农户再生成走访');
  const today = (o.today ?? new Date()).getTime();
  const rng = new Rng(o.seed).fork(`visits-${prefix}`);
  const ids = new Rng(o.seed).fork(`visits-ids-${prefix}`);
  const uuid = () => ids.uuid();

  const plan = planVisits(rng.fork('visits'), uuid, homes, {
    today,
    shape: o.seedShape === 'tiandong' ? TIANDONG_VISITS : undefined,
  });
  const calendar = await loadCalendar(database.db, county, chinaDay(new Date(today - 800 * 86_400_000)));
  const events = await passOn(database, rng.fork('events'), uuid, plan, { county, today });
  const monitoring = planMonitoring(rng.fork('monitoring'), uuid, homes, plan, { today, calendar });
  const regions = await q<{ code: string; name: string; level: string; parent: string }>(
    `select code, name, level, parent_code as parent from regions where code >= $1 and code < $2 and level in ('township', 'village') order by code`,
    [prefix, `${prefix}z`],
  );
  const villagesOf = new Map<string, { code: string; name: string }[]>();
  for (const r of regions.filter((x) => x.level === 'village'))
    villagesOf.set(r.parent, [...(villagesOf.get(r.parent) ?? []), r]);
  const stationed = await q<{
    name: string;
    userId: string | null;
    regionCode: string;
    startedOn: string | null;
  }>(
    `select m.name, m.user_id as "userId", t.region_code as "regionCode", t.started_on::text as "startedOn"
     from work_team_members m join work_teams t on t.id = m.team_id
     where t.region_code >= $1 and t.region_code < $2 and m.deleted_at is null order by t.region_code, m.id`,
    [prefix, `${prefix}z`],
  );
  const contacts = planContacts(rng.fork('contacts'), uuid, {
    today,
    county,
    townships: regions.filter((r) => r.level === 'township'),
    villagesOf,
    stationed,
  });
  const spending = rigidSpending(rng.fork('rigid'), homes);

  await copyAll(database, visitRecords, plan.visits);
  await copyAll(
    database,
    visitProblems,
    plan.problems.map(({ text: _t, home: _h, ...p }) => p),
  );
  await copyAll(database, monitoringCases, monitoring.cases);
  await copyAll(database, monitoringSignals, monitoring.signals);
  await copyAll(database, monitoringMeasures, monitoring.measures);
  await copyAll(database, monitoringFollowups, monitoring.followups);
  await copyAll(database, monitoringDepartmentRecords, monitoring.departmentRecords);
  await copyAll(database, leaderContacts, contacts.contacts);
  await copyAll(database, leaderContactLogs, contacts.logs);
  await copyAll(database, tenStepProgress, contacts.tenSteps);
  await copyAll(database, secretaryTours, contacts.tours);
  for (let i = 0; i < spending.length; i += CHUNK) {
    const chunk = spending.slice(i, i + CHUNK);
    await q(
      `update households h set rigid_spending = v.amount
       from (select unnest($1::uuid[]) as id, unnest($2::int[]) as amount) v where h.id = v.id`,
      [`{${chunk.map(([id]) => id).join(',')}}`, `{${chunk.map(([, n]) => n).join(',')}}`],
    );
  }
  for (const table of [
    'visit_records',
    'visit_problems',
    'monitoring_cases',
    'monitoring_signals',
    'households',
  ])
    await q(`analyze ${table}`);

  const solved = plan.problems.filter((p) => p.outcome === 'solved').length;
  const result = {
    households: homes.length,
    visited: new Set(plan.visits.map((v) => v.householdId)).size,
    visits: plan.visits.length,
    problems: plan.problems.length,
    solved,
    passedOn: plan.problems.length - solved,
    events,
    rigidSpending: spending.length,
    signals: monitoring.signals.length,
    cases: monitoring.cases.length,
    overdue: monitoring.cases.filter((c) => c.stepDueAt && c.stepDueAt.getTime() < today).length,
    measures: monitoring.measures.length,
    followups: monitoring.followups.length,
    departmentRecords: monitoring.departmentRecords.length,
    contacts: contacts.contacts.length,
    contactLogs: contacts.logs.length,
    tenSteps: contacts.tenSteps.length,
    tours: contacts.tours.length,
  };
  await database.db.transaction((tx) =>
    writeAudit(tx, SYSTEM, {
      action: 'generator.visits',
      entity: 'region',
      entityId: null,
      regionCode: county,
      diff: { seed: o.seed, seedShape: o.seedShape ?? null, ...result },
    }),
  );
  return { ...result, ms: performance.now() - started };
};
