import { type Column, type SQL, sql } from 'drizzle-orm';
import type {
  ReportFigure,
  ReportRecord,
  ReportRecords,
  ReportRecordsQuery,
} from '../../../../contracts/api/visits-reports';
import type { Ctx } from '../../../platform/context';
import { regionAtLevel } from '../../../platform/scope';
import { householdSummaries } from '../../households/lookups';
import { regionNameOf } from '../../regions/region-view';
import { monitoringCases, visitProblems, visitRecords } from '../tables';
import type { Period } from './policy';
import type { ReportRegion } from './region';
import {
  caseAlive,
  hasRisk,
  inIdentification,
  monitoredAt,
  overdueStep,
  problemInPeriod,
  removedIn,
  scoped,
  visitInPeriod,
} from './report-query';
import { reportScope } from './summary';

// 穿透: the records behind one figure of the report, a page of them with the count of all, under
// the same conditions as the figure (report-query.ts), so the list adds up to the number shown.

const r = visitRecords;
const p = visitProblems;
const c = monitoringCases;

// What each figure's records are (a map, not kind literals, which the audit-name scan reads as record kinds).
const RECORD_OF: Record<ReportFigure, ReportRecord['kind']> = {
  visits: 'visit',
  householdsVisited: 'household',
  problems: 'problem',
  solvedOnSpot: 'problem',
  passedOn: 'problem',
  monitored: 'case',
  inIdentification: 'case',
  overdueSteps: 'case',
  removed: 'case',
};

const beijingDay = (column: SQL | Column) =>
  sql`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

/** The inner query of a figure: rows with the columns every record has (the same names). */
const sourceOf = (
  figure: ReportFigure,
  ctx: Ctx,
  region: ReportRegion,
  period: Period,
  q: Pick<ReportRecordsQuery, 'objectType' | 'riskType'>,
): { from: SQL; order: SQL } => {
  const visitCols = sql`${r.id} as id, ${r.regionCode} as region_code, ${r.householdId} as household_id,
    ${r.visitedOn}::text as day, ${r.visitorName} as detail, ${r.problemCount}::int as count, ${r.id} as visit_id,
    null::text as question, null::text as outcome, null::uuid as event_id, null::text as state,
    null::text as object_type, '[]'::jsonb as risk_types, null::timestamptz as step_due_at`;
  const visitWhere = sql`${visitInPeriod(period)} and ${scoped(ctx, r.regionCode, region)}`;
  switch (figure) {
    case 'visits':
      return {
        from: sql`select ${visitCols} from ${r} where ${visitWhere}`,
        order: sql`day desc, id`,
      };
    case 'householdsVisited':
      return {
        from: sql`select ${r.householdId} as id, max(${r.regionCode}) as region_code, ${r.householdId} as household_id,
            max(${r.visitedOn})::text as day, null::text as detail, count(*)::int as count, null::uuid as visit_id,
            null::text as question, null::text as outcome, null::uuid as event_id, null::text as state,
            null::text as object_type, '[]'::jsonb as risk_types, null::timestamptz as step_due_at
          from ${r} where ${visitWhere} group by ${r.householdId}`,
        order: sql`day desc, id`,
      };
    case 'problems':
    case 'solvedOnSpot':
    case 'passedOn': {
      const outcome =
        figure === 'solvedOnSpot'
          ? sql` and ${p.outcome} = 'solved'`
          : figure === 'passedOn'
            ? sql` and ${p.outcome} = 'event'`
            : sql``;
      return {
        from: sql`select ${p.id} as id, ${p.regionCode} as region_code, ${p.householdId} as household_id,
            ${r.visitedOn}::text as day, ${p.description} as detail, null::int as count, ${p.visitId} as visit_id,
            ${p.question}::text as question, ${p.outcome}::text as outcome, ${p.eventId} as event_id, null::text as state,
            null::text as object_type, '[]'::jsonb as risk_types, null::timestamptz as step_due_at
          from ${p} join ${r} on ${r.id} = ${p.visitId}
          where ${problemInPeriod(period)} and ${scoped(ctx, p.regionCode, region)}${outcome}`,
        order: sql`day desc, id`,
      };
    }
    default: {
      const which: Record<string, { cond: SQL; day: SQL }> = {
        monitored: { cond: monitoredAt(period), day: beijingDay(c.identifiedAt) },
        inIdentification: { cond: inIdentification, day: beijingDay(c.firstClueAt) },
        overdueSteps: { cond: overdueStep, day: beijingDay(c.firstClueAt) },
        removed: { cond: removedIn(period), day: beijingDay(c.removedAt) },
      };
      const { cond, day } = which[figure];
      const extra: SQL[] = [];
      if (q.objectType) extra.push(sql` and ${c.objectType} = ${q.objectType}`);
      if (q.riskType) extra.push(sql` and ${hasRisk(q.riskType)}`);
      const cols = sql`${c.id} as id, ${c.regionCode} as region_code, ${c.householdId} as household_id,
        ${day} as day, ${c.helperName} as detail, null::int as count, null::uuid as visit_id,
        null::text as question, null::text as outcome, null::uuid as event_id, ${c.state}::text as state,
        ${c.objectType}::text as object_type, ${c.riskTypes} as risk_types, ${c.stepDueAt} as step_due_at`;
      const where = sql`${caseAlive} and ${scoped(ctx, c.regionCode, region)} and ${cond}${sql.join(extra)}`;
      // A household counts once among the monitored (its latest identified case).
      const from =
        figure === 'monitored'
          ? sql`select distinct on (${c.householdId}) ${cols} from ${c} where ${where}
              order by ${c.householdId}, ${c.identifiedAt} desc`
          : sql`select ${cols} from ${c} where ${where}`;
      return {
        from,
        order: figure === 'overdueSteps' ? sql`step_due_at, id` : sql`day desc, id`,
      };
    }
  }
};

export const reportRecords = async (ctx: Ctx, q: ReportRecordsQuery): Promise<ReportRecords> => {
  const { region, period } = await reportScope(ctx, q);
  const kind = RECORD_OF[q.figure];
  const { from, order } = sourceOf(q.figure, ctx, region, period, q);
  const village = regionAtLevel(sql.raw('x.region_code'), 'village');
  const township = regionAtLevel(sql.raw('x.region_code'), 'township');
  const run = async (page: number) =>
    (
      (await ctx.db.execute(sql`
        select x.*, count(*) over ()::int as n,
          ${regionNameOf(village)} as village_name, ${regionNameOf(township)} as township_name
        from (${from}) x order by ${order}
        limit ${q.pageSize} offset ${(page - 1) * q.pageSize}`)) as unknown as {
        rows: Record<string, unknown>[];
      }
    ).rows;
  const rows = await run(q.page);
  // Past the last page the window count comes with no row: read it from the first.
  const head = rows[0] ?? (q.page > 1 ? (await run(1))[0] : undefined);
  const households = await householdSummaries(
    ctx,
    rows.map((x) => String(x.household_id)),
  );
  const items: ReportRecord[] = rows.map((x) => {
    const hh = households.get(String(x.household_id));
    const due = x.step_due_at as Date | string | null;
    return {
      kind,
      id: String(x.id),
      regionCode: String(x.region_code),
      villageName: String(x.village_name ?? ''),
      townshipName: String(x.township_name ?? ''),
      householdId: String(x.household_id),
      householdNo: hh?.householdNo ?? null,
      headName: hh?.headName ?? null,
      date: (x.day as string | null) ?? null,
      detail: (x.detail as string | null) ?? null,
      count: x.count == null ? null : Number(x.count),
      visitId: (x.visit_id as string | null) ?? null,
      question: (x.question as string | null) ?? null,
      outcome: (x.outcome as 'solved' | 'event' | null) ?? null,
      eventId: (x.event_id as string | null) ?? null,
      state: (x.state as string | null) ?? null,
      objectType: (x.object_type as string | null) ?? null,
      riskTypes: Array.isArray(x.risk_types) ? (x.risk_types as string[]) : [],
      stepDueAt: due == null ? null : new Date(due).toISOString(),
    };
  });
  return { figure: q.figure, items, total: Number(head?.n ?? 0), page: q.page, pageSize: q.pageSize };
};
