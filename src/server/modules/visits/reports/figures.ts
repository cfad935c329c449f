import { type SQL, sql } from 'drizzle-orm';
import type { Text } from '../../../../contracts/api/home';
import {
  type FigurePeriodQuery,
  type FigureRecords,
  recordFigure,
} from '../../../platform/figures/record-figure';
import type { Figure } from '../../../platform/modules/manifest';
import { underRegion } from '../../../platform/scope';
import { householdTitlesRelation } from '../../households/lookups';
import { OBJECT_TYPES } from '../defaults';
import { monitoringCases, visitProblems, visitRecords } from '../tables';
import {
  caseAlive,
  monitoredAt,
  overdueStep,
  problemInPeriod,
  removedIn,
  visitInPeriod,
} from './report-query';

// The figures other modules read (assessments' record-filled indicators, dashboards), with the same
// conditions as the report (report-query.ts), for a region in the caller's scope and a calendar
// year or a quarter of it; each drillable to the households, visits or cases behind it.

const r = visitRecords;
const p = visitProblems;
const c = monitoringCases;

type Pick = 'households' | 'problems' | 'solved' | 'passed' | 'monitored' | 'overdue' | 'removed';

const RECORDS: Record<Pick, FigureRecords> = {
  households: (_ctx, q) => sql`
    select min(${r.regionCode}) as region_code, ${r.householdId}::text as id, min(ht.title) as title, 1 as weight,
      null::text as category
    from ${r} left join ${householdTitlesRelation('ht')} on ht.id = ${r.householdId}
    where ${visitInPeriod(q)} and ${underRegion(r.regionCode, q.regionCode)}
    group by ${r.householdId}`,
  problems: (_ctx, q) => problems(q, sql`true`),
  solved: (_ctx, q) => problems(q, sql`${p.outcome} = 'solved'`),
  passed: (_ctx, q) => problems(q, sql`${p.outcome} = 'event'`),
  monitored: (_ctx, q) => sql`
    select min(${c.regionCode}) as region_code, min(${c.id}::text) as id, min(ht.title) as title, 1 as weight,
      min(${c.objectType}) as category
    from ${c} left join ${householdTitlesRelation('ht')} on ht.id = ${c.householdId}
    where ${caseAlive} and ${monitoredAt(q)} and ${underRegion(c.regionCode, q.regionCode)}
    group by ${c.householdId}`,
  overdue: (_ctx, q) => cases(q, overdueStep),
  removed: (_ctx, q) => cases(q, removedIn(q)),
};

const problems = (q: FigurePeriodQuery, where: SQL) => sql`
  select ${p.regionCode} as region_code, ${p.visitId}::text as id, ${p.description} as title, 1 as weight,
    ${p.outcome} as category
  from ${p} join ${r} on ${r.id} = ${p.visitId}
  where ${problemInPeriod(q)} and ${underRegion(p.regionCode, q.regionCode)} and ${where}`;

const cases = (q: { regionCode: string }, where: SQL) => sql`
  select ${c.regionCode} as region_code, ${c.id} as id, coalesce(ht.title, '') as title, 1 as weight,
    ${c.objectType} as category
  from ${c} left join ${householdTitlesRelation('ht')} on ht.id = ${c.householdId}
  where ${caseAlive} and ${underRegion(c.regionCode, q.regionCode)} and ${where}`;

const OUTCOMES = [
  { key: 'solved', label: { zh: '当场解决', en: 'Solved on the spot' } },
  { key: 'event', label: { zh: '转办', en: 'Passed on' } },
];
const OBJECTS = OBJECT_TYPES.map((o) => ({ key: o.code, label: o.name }));

const figure = (key: string, label: Text, definition: Text, unit: Text, pick: Pick): Figure =>
  recordFigure({
    key,
    label,
    definition,
    unit,
    perYear: pick !== 'overdue',
    byQuarter: pick !== 'overdue',
    categories:
      pick === 'problems'
        ? OUTCOMES
        : ['monitored', 'overdue', 'removed'].includes(pick)
          ? OBJECTS
          : undefined,
    record:
      pick === 'households'
        ? 'household'
        : pick === 'monitored' || pick === 'overdue' || pick === 'removed'
          ? 'monitoring_case'
          : 'visit',
    permission:
      pick === 'households' || pick.startsWith('p') || pick === 'solved' ? 'visits.read' : 'monitoring.read',
    records: RECORDS[pick],
  });

const HOUSEHOLDS: Text = { zh: '户', en: 'households' };
const PROBLEMS: Text = { zh: '个', en: 'problems' };

export const reportsFigures: readonly Figure[] = [
  figure(
    'visits.householdsVisited',
    { zh: '走访农户数', en: 'Households visited' },
    {
      zh: '该年度（或所选季度）区域内有走访记录的农户数（一户多次走访计一户）',
      en: 'Distinct households with a visit in the year',
    },
    HOUSEHOLDS,
    'households',
  ),
  figure(
    'visits.problems',
    { zh: '走访收集问题数', en: 'Problems collected on visits' },
    { zh: '该年度（或所选季度）走访中发现的问题数', en: 'Problems found by the year’s visits' },
    PROBLEMS,
    'problems',
  ),
  figure(
    'visits.solvedOnSpot',
    { zh: '当场解决问题数', en: 'Problems solved on the spot' },
    {
      zh: '该年度（或所选季度）走访中当场解决的问题数',
      en: 'Problems of the year’s visits solved on the spot',
    },
    PROBLEMS,
    'solved',
  ),
  figure(
    'visits.passedOn',
    { zh: '转办问题数', en: 'Problems passed on' },
    {
      zh: '该年度（或所选季度）走访中转为网格事件办理的问题数',
      en: 'Problems of the year’s visits passed on as grid events',
    },
    PROBLEMS,
    'passed',
  ),
  figure(
    'monitoring.households',
    { zh: '防返贫监测户数', en: 'Monitored households' },
    {
      zh: '该年度（或所选季度）末已识别为监测对象且风险未消除的农户数',
      en: 'Households identified for monitoring and not removed at the end of the year',
    },
    HOUSEHOLDS,
    'monitored',
  ),
  figure(
    'monitoring.overdueSteps',
    { zh: '识别超时环节数', en: 'Overdue identification steps' },
    {
      zh: '当前处于识别环节且已超过时限的监测对象数',
      en: 'Cases now in an identification step past its time limit',
    },
    { zh: '个', en: 'cases' },
    'overdue',
  ),
  figure(
    'monitoring.removed',
    { zh: '风险消除户数', en: 'Households with risk removed' },
    { zh: '该年度（或所选季度）内风险消除的监测对象数', en: 'Cases whose risk was removed in the year' },
    HOUSEHOLDS,
    'removed',
  ),
];
