import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { selectRows } from '../../../platform/db/select-rows';
import type { Db } from '../../../platform/db/types';
import { countyCodeOf, countyScope, inScope } from '../../../platform/scope';
import { householdEventsSince } from '../../events/household-events-since';
import { collectServiceRequests } from '../clues/service-requests';
import { monitoringRules } from '../tables';
import {
  channelOf,
  DEPARTMENT_ALERT_KINDS,
  DEPARTMENT_KIND_NAMES,
  DEPARTMENT_NAMES,
  DEPARTMENT_RISK,
  MEDICAL_KIND,
  percentOf,
  REASON_TEXT_LENGTH,
  RISK_TYPE_NAMES,
  sinceDayOf,
  yearOf,
  yuan,
} from './rules';
import { effectiveThreshold } from './thresholds';

// 监测扫描 (docs/visits.md §2): evaluates the current version of every enabled rule of a county
// over its households, opens a signal (with its reason) for each household a rule newly meets,
// refreshes the ones still met and clears the ones no longer met. Set-based: one statement per
// rule and county (the rule's households as a CTE, then UPDATE … / INSERT … ON CONFLICT DO NOTHING
// against monitoring_signals_rule_open_idx / UPDATE … cleared). Safe to run twice at once: a
// county's sweep holds a transaction-scoped advisory lock, and the partial unique index keeps one
// open signal per household and rule whatever happens. The conditions and the words are those of
// rules.ts (the medium test checks every signal against explainRule).

export interface SweepResult {
  /** Households the rules were evaluated over. */
  households: number;
  opened: number;
  refreshed: number;
  cleared: number;
}

const MONEY = sql.raw(`'FM999,999,999,990'`);
const fmt = (n: SQL) => sql`to_char(${n}, ${MONEY})`;
const beijingDay = (ts: SQL) => sql`to_char(${ts} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
const list = (values: readonly string[]) =>
  values.length
    ? sql`(${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql`(null)`;
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** One row per household the rule meets: household_id, region_code, risk_type, source_id, reason, facts. */
type MetQuery = SQL;

const incomeBelow = (
  county: string,
  year: number,
  threshold: { amountYuan: number; regionCode: string },
): MetQuery =>
  sql`
    select h.id as household_id, h.region_code, null::varchar as risk_type, null::uuid as source_id,
      '人均纯收入 ' || ${fmt(sql`h.income_per_capita`)} || ${` 元，低于 ${year} 年监测标准 ${yuan(threshold.amountYuan)} 元`}::text as reason,
      jsonb_build_object('year', ${year}::int, 'incomePerCapita', h.income_per_capita,
        'thresholdYuan', ${threshold.amountYuan}::int, 'thresholdRegion', ${threshold.regionCode}::text) as facts
    from households h
    where ${inScope(sql`h.region_code`, countyScope(county))} and h.deleted_at is null
      and h.income_per_capita < ${threshold.amountYuan}::int`;

const rigidSpending = (county: string, params: Record<string, unknown>): MetQuery => {
  const pct = percentOf(params);
  return sql`
    with m as (
      select p.household_id, count(*)::int as n from persons p
      where ${inScope(sql`p.region_code`, countyScope(county))} and p.deleted_at is null and p.household_id is not null
      group by p.household_id)
    select h.id as household_id, h.region_code, null::varchar as risk_type, null::uuid as source_id,
      '刚性支出自付 ' || ${fmt(sql`h.rigid_spending`)} || ' 元，超过家庭纯收入 '
        || ${fmt(sql`h.income_per_capita::bigint * m.n`)} || ' 元（人均 ' || ${fmt(sql`h.income_per_capita`)}
        || ' 元 × ' || m.n || ' 人）的 ' || ${String(pct)}::text || '%' as reason,
      jsonb_build_object('rigidSpending', h.rigid_spending, 'incomePerCapita', h.income_per_capita,
        'members', m.n, 'percent', ${pct}::int) as facts
    from households h join m on m.household_id = h.id
    where ${inScope(sql`h.region_code`, countyScope(county))} and h.deleted_at is null
      and h.rigid_spending is not null and h.income_per_capita is not null
      and h.rigid_spending::bigint * 100 > ${pct}::bigint * h.income_per_capita * m.n`;
};

const suddenEvent = (db: Db, county: string, params: Record<string, unknown>, now: Date): MetQuery => {
  const days = Number(params.days ?? 90);
  const since = new Date(`${sinceDayOf(now, days)}T00:00:00+08:00`);
  const riskTypes = (params.riskTypes as string[] | undefined) ?? [];
  const categories = (params.eventCategories as string[] | undefined) ?? [];
  const events = householdEventsSince(db, county, categories, since).as('e');
  return sql`
    with src as (
      select vp.household_id, vp.id as source_id, 'visit'::text as source, vp.risk_type, null::varchar as category_code,
        left(vp.description, ${REASON_TEXT_LENGTH}::int) as text, vp.created_at as at
      from visit_problems vp
      where ${inScope(sql`vp.region_code`, countyScope(county))} and vp.deleted_at is null
        and vp.risk_type in ${list(riskTypes)} and vp.created_at >= ${since}
      union all
      select e.household_id, e.event_id, 'event'::text, null::varchar, e.category_code,
        left(e.title, ${REASON_TEXT_LENGTH}::int), e.reported_at
      from ${events}
    ), latest as (
      select distinct on (household_id) * from src order by household_id, at desc, source_id
    )
    select h.id as household_id, h.region_code, l.risk_type, l.source_id,
      case when l.source = 'visit'
        then ${beijingDay(sql`l.at`)} || ' 入户走访发现' || coalesce(${json(RISK_TYPE_NAMES)} ->> l.risk_type, l.risk_type, '')
          || '风险：' || coalesce(l.text, '')
        else ${beijingDay(sql`l.at`)} || ' 网格事件（' || l.category_code || '）：' || coalesce(l.text, '') end as reason,
      jsonb_build_object('source', l.source, 'sourceId', l.source_id, 'on', ${beijingDay(sql`l.at`)},
        'riskType', l.risk_type, 'categoryCode', l.category_code, 'text', l.text, 'days', ${days}::int) as facts
    from latest l join households h on h.id = l.household_id
    where ${inScope(sql`h.region_code`, countyScope(county))} and h.deleted_at is null`;
};

const departmentData = (county: string, params: Record<string, unknown>, now: Date): MetQuery => {
  const days = Number(params.days ?? 180);
  const medical = Number(params.medicalYuan ?? 10000);
  const sinceDay = sinceDayOf(now, days);
  return sql`
    with src as (
      select r.household_id, r.id, r.department, r.kind, r.amount_yuan, r.created_at,
        coalesce(r.occurred_on, (r.created_at at time zone 'Asia/Shanghai')::date) as on_day
      from monitoring_department_records r
      where ${inScope(sql`r.region_code`, countyScope(county))} and r.deleted_at is null
        and (r.kind in ${list(DEPARTMENT_ALERT_KINDS)} or (r.kind = ${MEDICAL_KIND} and r.amount_yuan >= ${medical}::int))
    ), latest as (
      select distinct on (household_id) * from src where on_day >= ${sinceDay}::date
      order by household_id, on_day desc, created_at desc, id
    )
    select h.id as household_id, h.region_code, ${json(DEPARTMENT_RISK)} ->> l.kind as risk_type, l.id as source_id,
      coalesce(${json(DEPARTMENT_NAMES)} ->> l.department, l.department) || '数据：' || to_char(l.on_day, 'YYYY-MM-DD')
        || ' ' || coalesce(${json(DEPARTMENT_KIND_NAMES)} ->> l.kind, l.kind)
        || case when l.kind = ${MEDICAL_KIND}
             then ' ' || ${fmt(sql`l.amount_yuan`)} || ${` 元，不低于 ${yuan(medical)} 元`}::text else '' end as reason,
      jsonb_build_object('recordId', l.id, 'department', l.department, 'kind', l.kind, 'amountYuan', l.amount_yuan,
        'on', to_char(l.on_day, 'YYYY-MM-DD'), 'days', ${days}::int, 'medicalYuan', ${medical}::int) as facts
    from latest l join households h on h.id = l.household_id
    where ${inScope(sql`h.region_code`, countyScope(county))} and h.deleted_at is null`;
};

type MonitoringRuleRow = typeof monitoringRules.$inferSelect;

const CLEARED_REASON = '复核时已不再符合该规则';
const DISABLED_REASON = '规则已停用';

/**
 * One rule over one county: refresh the open signals still met, open the new ones (not those a
 * person dismissed with the same facts), clear the open ones no longer met.
 */
const applyRule = async (tx: Db, county: string, rule: MonitoringRuleRow, met: MetQuery, now: Date) => {
  const [r] = await selectRows<{ refreshed: number; opened: number; cleared: number }>(
    tx,
    sql`
      with met as (${met}),
      refreshed as (
        update monitoring_signals s set last_seen_at = ${now}, updated_at = ${now}, rule_version = ${rule.version}::int,
          reason = m.reason, facts = m.facts, risk_type = m.risk_type, source_id = m.source_id, region_code = m.region_code
        from met m
        where s.household_id = m.household_id and s.rule_code = ${rule.code} and s.status = 'open'
        returning s.household_id
      ),
      opened as (
        insert into monitoring_signals (id, region_code, household_id, channel, rule_code, rule_version, risk_type,
          reason, facts, status, source_id, first_seen_at, last_seen_at, created_at, updated_at)
        select gen_random_uuid(), m.region_code, m.household_id, ${channelOf(rule.kind)}, ${rule.code}, ${rule.version}::int,
          m.risk_type, m.reason, m.facts, 'open', m.source_id, ${now}, ${now}, ${now}, ${now}
        from met m
        where not exists (select 1 from refreshed r where r.household_id = m.household_id)
          and not exists (select 1 from monitoring_signals d where d.household_id = m.household_id
            and d.status = 'dismissed' and d.rule_code = ${rule.code} and d.facts = m.facts)
        on conflict (household_id, rule_code) where rule_code is not null and status = 'open' do nothing
        returning 1
      ),
      cleared as (
        update monitoring_signals s set status = 'cleared', closed_at = ${now}, updated_at = ${now},
          close_reason = ${CLEARED_REASON}
        where ${inScope(sql`s.region_code`, countyScope(county))} and s.rule_code = ${rule.code} and s.status = 'open'
          and not exists (select 1 from met m where m.household_id = s.household_id)
        returning 1
      )
      select (select count(*) from refreshed)::int as refreshed, (select count(*) from opened)::int as opened,
        (select count(*) from cleared)::int as cleared`,
  );
  return r;
};

/** A disabled rule raises nothing: its open signals are cleared. */
const clearRule = async (tx: Db, county: string, code: string, now: Date) => {
  const rows = await selectRows<{ n: number }>(
    tx,
    sql`
      with cleared as (
        update monitoring_signals s set status = 'cleared', closed_at = ${now}, updated_at = ${now},
          close_reason = ${DISABLED_REASON}
        where ${inScope(sql`s.region_code`, countyScope(county))} and s.rule_code = ${code} and s.status = 'open'
        returning 1)
      select count(*)::int as n from cleared`,
  );
  return rows[0].n;
};

/** The counties that have rules (every imported county gets them, seed.ts). */
const countiesWithRules = async (db: Db): Promise<string[]> => {
  const rows = await db
    .selectDistinct({ code: monitoringRules.regionCode })
    .from(monitoringRules)
    .where(isNull(monitoringRules.supersededAt));
  return rows.map((r) => r.code).sort();
};

/** Sweeps one county in one transaction under the county's advisory lock. */
export const sweepCounty = async (db: Db, countyCode: string, now: Date): Promise<SweepResult> => {
  const county = countyCodeOf(countyCode);
  const result: SweepResult = { households: 0, opened: 0, refreshed: 0, cleared: 0 };
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.monitoring.${county}`}))`);
    const rules = await tx
      .select()
      .from(monitoringRules)
      .where(and(eq(monitoringRules.regionCode, county), isNull(monitoringRules.supersededAt)))
      .orderBy(monitoringRules.code);
    const [{ n }] = await selectRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from households h
          where ${inScope(sql`h.region_code`, countyScope(county))} and h.deleted_at is null`,
    );
    result.households = n;
    const year = yearOf(now);
    for (const rule of rules) {
      if (!rule.enabled) {
        result.cleared += await clearRule(tx, county, rule.code, now);
        continue;
      }
      let met: MetQuery;
      if (rule.kind === 'income_below') {
        const threshold = await effectiveThreshold(tx, county, year);
        // No threshold for the year: the rule cannot judge, and leaves its signals as they are.
        if (!threshold) continue;
        met = incomeBelow(county, year, threshold);
      } else if (rule.kind === 'rigid_spending') met = rigidSpending(county, rule.params);
      else if (rule.kind === 'sudden_event') met = suddenEvent(tx, county, rule.params, now);
      else met = departmentData(county, rule.params, now);
      const r = await applyRule(tx, county, rule, met, now);
      result.opened += r.opened;
      result.refreshed += r.refreshed;
      result.cleared += r.cleared;
    }
  });
  return result;
};

export const runMonitoringSweep = async (
  db: Db,
  options: { countyCode?: string; now?: Date } = {},
): Promise<SweepResult> => {
  const now = options.now ?? new Date();
  const total: SweepResult = { households: 0, opened: 0, refreshed: 0, cleared: 0 };
  const counties = options.countyCode ? [countyCodeOf(options.countyCode)] : await countiesWithRules(db);
  for (const county of counties) {
    // 防返贫申报 from the service list become 'self' signals first (clues part).
    await collectServiceRequests(db, { countyCode: county, now });
    const r = await sweepCounty(db, county, now);
    total.households += r.households;
    total.opened += r.opened;
    total.refreshed += r.refreshed;
    total.cleared += r.cleared;
  }
  return total;
};
