import { inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  AtRiskQuery,
  AtRiskRow,
  atRiskVillagesQuerySchema,
} from '../../../../contracts/api/visits-monitoring';
import type { Ctx } from '../../../platform/context';
import { selectRows } from '../../../platform/db/select-rows';
import { inScope, scopeOf, underRegion, villageColumn } from '../../../platform/scope';
import { householdIdsMatching } from '../../households/lookups';
import { regionNameOf } from '../../regions/region-view';

// 返贫风险待核实 (docs/visits.md §2): the work queue. One row per household with open signals in
// the caller's scope: number, head, village, every open reason with its channel and rule version,
// the first time one was seen, and the state of the household's open case if there is one.
// One statement for a page: the signals are grouped, sorted and cut to the page first, and only the
// page's households are joined to their records.

type Filters = Omit<AtRiskQuery, 'page' | 'pageSize' | 'sort'>;

/** The open signals the filters keep (grouping is per household; channel and risk filter by household). */
const signalWhere = (ctx: Ctx, f: Filters): SQL => {
  const parts: SQL[] = [sql`s.status = 'open'`, inScope(sql`s.region_code`, scopeOf(ctx.actor))];
  if (f.regionCode) parts.push(underRegion(sql`s.region_code`, f.regionCode));
  if (f.q) parts.push(inArray(sql`s.household_id`, householdIdsMatching(ctx, f.q)));
  return sql.join(parts, sql` and `);
};

const havingOf = (f: Filters): SQL => {
  const parts: SQL[] = [sql`true`];
  if (f.channel) parts.push(sql`bool_or(s.channel = ${f.channel})`);
  if (f.riskType) parts.push(sql`bool_or(s.risk_type = ${f.riskType})`);
  return sql.join(parts, sql` and `);
};

const ORDER: Record<AtRiskQuery['sort'], { inner: SQL; outer: SQL }> = {
  'first-seen-desc': {
    inner: sql`min(s.first_seen_at) desc, s.household_id`,
    outer: sql`g.first_seen desc, g.household_id`,
  },
  'first-seen-asc': {
    inner: sql`min(s.first_seen_at) asc, s.household_id`,
    outer: sql`g.first_seen asc, g.household_id`,
  },
  village: {
    inner: sql`min(s.region_code), min(s.first_seen_at) desc, s.household_id`,
    outer: sql`g.region_code, g.first_seen desc, g.household_id`,
  },
  'signals-desc': {
    inner: sql`count(*) desc, min(s.first_seen_at) desc, s.household_id`,
    outer: sql`g.n desc, g.first_seen desc, g.household_id`,
  },
};

interface Raw {
  household_id: string;
  region_code: string;
  first_seen: string | Date;
  n: number;
  total: number;
  reasons: AtRiskRow['reasons'] | string;
  channels: AtRiskRow['channels'] | string;
  household_no: string | null;
  head_name: string | null;
  village_name: string | null;
  case_id: string | null;
  case_state: string | null;
}

const iso = (v: string | Date) => (v instanceof Date ? v : new Date(v)).toISOString();
const parsed = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** The SQL of a page (exported for the benchmark's comparison with raw SQL). */
export const atRiskPageSql = (ctx: Ctx, q: AtRiskQuery): SQL => {
  const order = ORDER[q.sort];
  return sql`
    with g as (
      select s.household_id, min(s.region_code) as region_code, min(s.first_seen_at) as first_seen,
        count(*)::int as n, count(*) over ()::int as total,
        jsonb_agg(jsonb_build_object('signalId', s.id, 'channel', s.channel, 'ruleCode', s.rule_code,
          'ruleVersion', s.rule_version, 'riskType', s.risk_type, 'reason', s.reason)
          order by s.first_seen_at, s.id) as reasons,
        jsonb_agg(distinct s.channel) as channels
      from monitoring_signals s
      where ${signalWhere(ctx, q)}
      group by s.household_id
      having ${havingOf(q)}
      order by ${order.inner}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}
    )
    select g.*, h.household_no, p.name as head_name, ${regionNameOf(villageColumn(sql`g.region_code`))} as village_name,
      c.id as case_id, c.state as case_state
    from g
    left join households h on h.id = g.household_id
    left join persons p on p.id = h.head_person_id
    left join lateral (
      select mc.id, mc.state from monitoring_cases mc
      where mc.household_id = g.household_id and mc.deleted_at is null
        and mc.state not in ('removed', 'not_identified')
      limit 1
    ) c on true
    order by ${order.outer}`;
};

const countSql = (ctx: Ctx, f: Filters): SQL => sql`
  select count(*)::int as total from (
    select s.household_id from monitoring_signals s where ${signalWhere(ctx, f)}
    group by s.household_id having ${havingOf(f)}) x`;

export const listAtRisk = async (ctx: Ctx, q: AtRiskQuery) => {
  const rows = await selectRows<Raw & Record<string, unknown>>(ctx.db, atRiskPageSql(ctx, q));
  // Past the last page the window has no row to count on.
  const total =
    rows[0]?.total ??
    (q.page > 1 ? (await selectRows<{ total: number }>(ctx.db, countSql(ctx, q)))[0].total : 0);
  const items: AtRiskRow[] = rows.map((r) => ({
    householdId: r.household_id,
    householdNo: r.household_no ?? '',
    headName: r.head_name,
    regionCode: r.region_code,
    villageName: r.village_name ?? r.region_code,
    reasons: parsed(r.reasons),
    channels: parsed(r.channels),
    firstSeenAt: iso(r.first_seen),
    caseId: r.case_id,
    caseState: r.case_state,
  }));
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
};

/** Households at risk per village under the filters, most first. */
export const atRiskVillages = async (ctx: Ctx, f: z.infer<typeof atRiskVillagesQuerySchema>) => {
  const rows = await selectRows<{ code: string; name: string | null; n: number }>(
    ctx.db,
    sql`
      select v.code, ${regionNameOf(sql`v.code`)} as name, count(*)::int as n from (
        select ${villageColumn(sql`min(s.region_code)`)} as code
        from monitoring_signals s where ${signalWhere(ctx, f)}
        group by s.household_id having ${havingOf(f)}) v
      group by v.code order by n desc, v.code`,
  );
  return { items: rows.map((r) => ({ regionCode: r.code, name: r.name ?? r.code, count: r.n })) };
};

/** Households of the caller's scope with open signals (the home page's count). */
export const countAtRisk = async (ctx: Ctx): Promise<number> =>
  (await selectRows<{ total: number }>(ctx.db, countSql(ctx, {})))[0].total;
