import { type Column, type SQL, sql } from 'drizzle-orm';
import type { ReportRow } from '../../../../contracts/api/visits-reports';
import type { Ctx } from '../../../platform/context';
import { inScope, regionAtLevel, scopeOf, underRegion } from '../../../platform/scope';
import { regionNameOf, villagesRelation } from '../../regions/region-view';
import { OBJECT_TYPES, RISK_TYPES } from '../defaults';
import { monitoringCases, visitProblems, visitRecords } from '../tables';
import { IDENTIFICATION_STATES, type Period } from './policy';
import type { ReportRegion } from './region';

// The report in one statement: each source (visits, problems, cases) grouped by the child region
// and as a whole (GROUPING SETS), joined to the child regions (all of them, records or not). The
// conditions that define each figure are here and only here; the drill-down (records.ts) reuses them.

const r = visitRecords;
const p = visitProblems;
const c = monitoringCases;

/** Rows in the caller's scope under the report's region. */
export const scoped = (ctx: Ctx, column: Column, region: ReportRegion): SQL =>
  sql`${inScope(column, scopeOf(ctx.actor))} and ${underRegion(column, region.code)}`;

/** Visits of the period (visited_on is a day). */
export const visitInPeriod = (period: Period): SQL =>
  sql`${r.deletedAt} is null and ${r.visitedOn} >= ${period.from} and ${r.visitedOn} <= ${period.to}`;

/** Problems of the period's visits (joined to visit_records). */
export const problemInPeriod = (period: Period): SQL =>
  sql`${p.deletedAt} is null and ${visitInPeriod(period)}`;

const ts = (iso: string) => sql`${iso}::timestamptz`;

/** 监测户 at the end of the period: identified before it ends, not removed by then. */
export const monitoredAt = (period: Period): SQL =>
  sql`${c.identifiedAt} is not null and ${c.identifiedAt} < ${ts(period.endTs)} and ${c.state} <> 'not_identified'
    and (${c.removedAt} is null or ${c.removedAt} >= ${ts(period.endTs)})`;

const identificationStates = sql.join(
  IDENTIFICATION_STATES.map((s) => sql`${s}`),
  sql`, `,
);
/** A case now in one of the five identification steps. */
export const inIdentification: SQL = sql`${c.state} in (${identificationStates})`;
/** … whose current step is past its time limit now. */
export const overdueStep: SQL = sql`${inIdentification} and ${c.stepDueAt} < now()`;
/** 风险消除 in the period. */
export const removedIn = (period: Period): SQL =>
  sql`${c.removedAt} >= ${ts(period.fromTs)} and ${c.removedAt} < ${ts(period.endTs)}`;
export const caseAlive: SQL = sql`${c.deletedAt} is null`;
export const hasRisk = (code: string): SQL => sql`${c.riskTypes} @> ${JSON.stringify([code])}::jsonb`;

const col = (name: string) => sql.identifier(name);

export const reportRows = async (
  ctx: Ctx,
  region: ReportRegion,
  period: Period,
): Promise<{ rows: ReportRow[]; total: ReportRow }> => {
  const L = region.childLevel;
  const vCode = sql.raw('"v"."code"');
  const kid = regionAtLevel(vCode, L);
  const rk = regionAtLevel(r.regionCode, L);
  const pk = regionAtLevel(p.regionCode, L);
  const ck = regionAtLevel(c.regionCode, L);
  const monitored = monitoredAt(period);
  const byObject = OBJECT_TYPES.map(
    (o) =>
      sql`count(distinct ${c.householdId}) filter (where ${monitored} and ${c.objectType} = ${o.code})::int as ${col(`ot_${o.code}`)}`,
  );
  const byRisk = RISK_TYPES.map(
    (t) =>
      sql`count(distinct ${c.householdId}) filter (where ${monitored} and ${hasRisk(t.code)})::int as ${col(`rt_${t.code}`)}`,
  );
  const caseColumns = sql.raw(
    ['monitored', ...OBJECT_TYPES.map((o) => `ot_${o.code}`), ...RISK_TYPES.map((t) => `rt_${t.code}`)]
      .concat(['identifying', 'overdue', 'removed'])
      .map((name) => `cas.${name}`)
      .join(', '),
  );
  const { rows } = (await ctx.db.execute(sql`
    with kids as (
      select distinct ${kid} as code from ${villagesRelation('v')}
      where ${inScope(vCode, scopeOf(ctx.actor))} and ${underRegion(vCode, region.code)}
    ), vis as (
      select ${rk} as code, count(distinct ${r.householdId})::int as households, count(*)::int as visits
      from ${r} where ${visitInPeriod(period)} and ${scoped(ctx, r.regionCode, region)}
      group by grouping sets ((${rk}), ())
    ), pro as (
      select ${pk} as code, count(*)::int as problems,
        count(*) filter (where ${p.outcome} = 'solved')::int as solved,
        count(*) filter (where ${p.outcome} = 'event')::int as passed
      from ${p} join ${r} on ${r.id} = ${p.visitId}
      where ${problemInPeriod(period)} and ${scoped(ctx, p.regionCode, region)}
      group by grouping sets ((${pk}), ())
    ), cas as (
      select ${ck} as code,
        count(distinct ${c.householdId}) filter (where ${monitored})::int as monitored,
        ${sql.join([...byObject, ...byRisk], sql`, `)},
        count(*) filter (where ${inIdentification})::int as identifying,
        count(*) filter (where ${overdueStep})::int as overdue,
        count(*) filter (where ${removedIn(period)})::int as removed
      from ${c} where ${caseAlive} and ${scoped(ctx, c.regionCode, region)}
      group by grouping sets ((${ck}), ())
    )
    select k.code, case when k.code is null then null else ${regionNameOf(sql.raw('k.code'))} end as name,
      vis.households, vis.visits, pro.problems, pro.solved, pro.passed, ${caseColumns}
    from (select code from kids union all select null) k
    left join vis on vis.code is not distinct from k.code
    left join pro on pro.code is not distinct from k.code
    left join cas on cas.code is not distinct from k.code
    order by k.code nulls last`)) as unknown as { rows: Record<string, unknown>[] };
  const toRow = (x: Record<string, unknown>): ReportRow => {
    const n = (key: string) => Number(x[key] ?? 0);
    return {
      regionCode: (x.code as string | null) ?? region.code,
      name: (x.name as string | null) ?? (x.code as string | null) ?? region.name,
      householdsVisited: n('households'),
      visits: n('visits'),
      problems: n('problems'),
      solvedOnSpot: n('solved'),
      passedOn: n('passed'),
      monitored: n('monitored'),
      monitoredByObjectType: Object.fromEntries(OBJECT_TYPES.map((o) => [o.code, n(`ot_${o.code}`)])),
      monitoredByRiskType: Object.fromEntries(RISK_TYPES.map((t) => [t.code, n(`rt_${t.code}`)])),
      inIdentification: n('identifying'),
      overdueSteps: n('overdue'),
      removed: n('removed'),
    };
  };
  const total = rows.find((x) => x.code == null);
  return {
    rows: rows.filter((x) => x.code != null).map(toRow),
    total: total ? toRow(total) : toRow({ code: null }),
  };
};
