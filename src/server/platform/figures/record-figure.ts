import { type SQL, sql } from 'drizzle-orm';
import { prefixLength } from '../../../contracts/region-code';
import type { Permission } from '../../../contracts/roles';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import type {
  DrillPage,
  DrillQuery,
  Figure,
  FigureBreakdown,
  FigureLevel,
  FigureQuery,
  FigureRecordKind,
  Quarter,
} from '../modules/manifest';
import { assertInScope, inScope, scopeOf } from '../scope';

// A figure is an aggregate over a set of records, and those records are its drill-down (docs/
// dashboards.md). A module writes one query for the records behind a figure; the value for a
// region, the values of its townships or villages and of its categories (one GROUP BY), and the
// page of records a number opens all come from that query, so they cannot disagree.

/**
 * The records behind a figure for a region and a period (a year, or a quarter of it with
 * `byQuarter`). The query selects, per record:
 * `region_code` (12 or 15 digits), `id` (text), `title` (what a person reads in the list; never an
 * ID or phone number), `weight` (1 for a count, fen for money …) and `category` (text or null).
 * It filters to the region itself (`underRegion(column, q.regionCode)`); the region has been
 * checked against the caller's scope before it is called.
 */
export type FigureRecords = (ctx: Ctx, q: FigurePeriodQuery) => SQL;

/**
 * The region and period a figure's records are read for: the year, the quarter when one is asked
 * for (only with `byQuarter`), and the period's days (`from`…`to`, both included) and instants
 * (Beijing midnight at `from`, and the first Beijing midnight after `to`, ISO).
 */
export interface FigurePeriodQuery {
  regionCode: string;
  year: number;
  quarter?: Quarter;
  from: string;
  to: string;
  fromTs: string;
  endTs: string;
}

export interface RecordFigureSpec extends Omit<Figure, 'compute' | 'breakdown' | 'drill'> {
  records: FigureRecords;
  record: FigureRecordKind;
  permission: Permission;
  /** The value from the sum of the weights: fen → 元, a count as it is (the default). */
  fromSum?: (sum: number) => number;
  /**
   * The records are the region's own, not those of the regions under it (a township's own led
   * projects): the parts' values are then each part's own, computed one by one.
   */
  ownRegionOnly?: boolean;
}

const BEIJING_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' });
const pad = (n: number) => String(n).padStart(2, '0');
const beijingMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

/** The days and instants of a year, or of one of its quarters. */
export const figurePeriod = (year: number, quarter?: Quarter) => {
  const firstMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const lastMonth = quarter ? quarter * 3 : 12;
  const from = `${year}-${pad(firstMonth)}-01`;
  const next = lastMonth === 12 ? `${year + 1}-01-01` : `${year}-${pad(lastMonth + 1)}-01`;
  const to = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from, to, fromTs: beijingMidnight(from), endTs: beijingMidnight(next) };
};

/** A figure's records with the periods it answers for (from its spec). */
interface PeriodRecords {
  read: FigureRecords;
  byQuarter: boolean;
  perYear: boolean;
}

const periodRecords = (read: FigureRecords, spec: { byQuarter?: boolean; perYear?: boolean }) => ({
  read,
  byQuarter: spec.byQuarter === true,
  perYear: spec.perYear !== false,
});

const periodQuery = (q: FigureQuery, records: PeriodRecords): FigurePeriodQuery => {
  const year = q.year ?? Number(BEIJING_YEAR.format(new Date()));
  // A state of today is the same for every period; a figure by year has no value for a quarter.
  if (q.quarter && records.perYear && !records.byQuarter)
    throw new Invalid('该指标按年度统计，没有季度数', [
      { path: 'quarter', message: '该指标按年度统计，没有季度数' },
    ]);
  const quarter = records.byQuarter ? q.quarter : undefined;
  return { regionCode: q.regionCode, year, quarter, ...figurePeriod(year, quarter) };
};

const rowsOf = async <T>(ctx: Ctx, query: SQL): Promise<T[]> =>
  ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;

/** The records of the region, checked against the caller's scope (NotFound outside it) once more in SQL. */
const scoped = (ctx: Ctx, records: PeriodRecords, q: FigureQuery): SQL => {
  const scope = scopeOf(ctx.actor);
  assertInScope(q.regionCode, scope);
  const inner = records.read(ctx, periodQuery(q, records));
  return sql`(select * from (${inner}) r0 where ${inScope(sql`r0.region_code`, scope)})`;
};

const sumOf = async (ctx: Ctx, records: PeriodRecords, q: FigureQuery): Promise<number> => {
  const [row] = await rowsOf<{ v: number }>(
    ctx,
    sql`select coalesce(sum(r.weight), 0)::float8 as v from ${scoped(ctx, records, q)} r`,
  );
  return Number(row?.v ?? 0);
};

/**
 * Sums of the weights per region at `level` (12-digit codes) and per category, in one query. The
 * prefix length is written into the SQL (GROUP BY matches expressions by their text).
 */
const sumsBy = async (
  ctx: Ctx,
  records: PeriodRecords,
  q: FigureQuery & { level: FigureLevel; categories?: boolean },
): Promise<{ byRegion: Map<string, number>; byCategory: Map<string, number>; total: number }> => {
  const n = sql.raw(String(prefixLength(q.level)));
  // Without categories (a report's columns) the records' category is not read at all.
  const rows = await rowsOf<{ code: string; category: string | null; v: number }>(
    ctx,
    q.categories === false
      ? sql`select left(r.region_code, ${n}) as code, null as category, sum(r.weight)::float8 as v
          from ${scoped(ctx, records, q)} r group by 1`
      : sql`select left(r.region_code, ${n}) as code, r.category as category, sum(r.weight)::float8 as v
        from ${scoped(ctx, records, q)} r group by 1, 2`,
  );
  const byRegion = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const v = Number(row.v);
    // The prefix is padded to its 12-digit code here, per group, not per record in SQL.
    const code = row.code.padEnd(12, '0');
    byRegion.set(code, (byRegion.get(code) ?? 0) + v);
    if (row.category != null) byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + v);
    total += v;
  }
  return { byRegion, byCategory, total };
};

const mapValues = (m: Map<string, number>, f: (v: number) => number) =>
  new Map([...m].map(([k, v]) => [k, f(v)]));

const drillPage = async (ctx: Ctx, records: PeriodRecords, q: DrillQuery): Promise<DrillPage> => {
  const filters = [sql`true`];
  if (q.category != null) filters.push(sql`r.category = ${q.category}`);
  if (q.search) filters.push(sql`r.title like ${`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const where = sql.join(filters, sql` and `);
  const source = scoped(ctx, records, q);
  const [[totals], rows] = [
    await rowsOf<{ n: number; s: number }>(
      ctx,
      sql`select count(*)::int as n, coalesce(sum(r.weight), 0)::float8 as s from ${source} r where ${where}`,
    ),
    await rowsOf<{ id: string; region_code: string; title: string; weight: number; category: string | null }>(
      ctx,
      sql`select r.id::text as id, r.region_code, r.title, r.weight::float8 as weight, r.category
          from ${source} r where ${where}
          order by r.region_code, r.title, r.id limit ${q.limit} offset ${q.offset}`,
    ),
  ];
  return {
    total: Number(totals?.n ?? 0),
    sum: Number(totals?.s ?? 0),
    rows: rows.map((r) => ({
      id: String(r.id),
      regionCode: r.region_code,
      title: r.title,
      weight: Number(r.weight),
      category: r.category,
    })),
  };
};

/** A figure that is the (transformed) sum of the weights of its records. */
export const recordFigure = (spec: RecordFigureSpec): Figure => {
  const { records: read, fromSum = (s: number) => s, ownRegionOnly, ...rest } = spec;
  const records = periodRecords(read, spec);
  return {
    ...rest,
    compute: async (ctx, q) => fromSum(await sumOf(ctx, records, q)),
    breakdown: ownRegionOnly
      ? undefined
      : async (ctx, q): Promise<FigureBreakdown> => {
          const sums = await sumsBy(ctx, records, q);
          return {
            byRegion: mapValues(sums.byRegion, fromSum),
            byCategory: mapValues(sums.byCategory, fromSum),
            total: fromSum(sums.total),
          };
        },
    drill: (ctx, q) => drillPage(ctx, records, q),
  };
};

export interface RatioFigureSpec
  extends Omit<RecordFigureSpec, 'records' | 'fromSum' | 'record' | 'permission'> {
  /** The records counted above the line (the drill-down opens these). */
  numerator: Pick<RecordFigureSpec, 'records' | 'record' | 'permission'>;
  denominator: Pick<RecordFigureSpec, 'records'>;
  /** 100 for a percentage, 1000 for per mille, 1 for an average. */
  per: number;
  /** Decimal places kept; `floor` rounds down (a rate never shows more than was reached). */
  digits: number;
  rounding?: 'round' | 'floor';
}

/** `per × numerator ÷ denominator` (0 when nothing is below the line), for a region and its parts. */
export const ratioFigure = (spec: RatioFigureSpec): Figure => {
  const { numerator: above, denominator: below, per, digits, rounding = 'round', ...rest } = spec;
  const numerator = { ...above, records: periodRecords(above.records, spec) };
  const denominator = { records: periodRecords(below.records, spec) };
  const scale = 10 ** digits;
  const ratio = (num: number, den: number) => {
    if (!den) return 0;
    const raw = (num * per * scale) / den;
    // A tiny epsilon keeps 0.29 × 100 from flooring to 28.
    return (rounding === 'floor' ? Math.floor(raw + 1e-9) : Math.round(raw)) / scale;
  };
  return {
    ...rest,
    record: numerator.record,
    permission: numerator.permission,
    compute: async (ctx, q) =>
      ratio(await sumOf(ctx, numerator.records, q), await sumOf(ctx, denominator.records, q)),
    breakdown: async (ctx, q): Promise<FigureBreakdown> => {
      const num = await sumsBy(ctx, numerator.records, q);
      const den = await sumsBy(ctx, denominator.records, q);
      const byRegion = new Map<string, number>();
      for (const code of new Set([...num.byRegion.keys(), ...den.byRegion.keys()])) {
        byRegion.set(code, ratio(num.byRegion.get(code) ?? 0, den.byRegion.get(code) ?? 0));
      }
      return { byRegion, byCategory: new Map(), total: ratio(num.total, den.total) };
    },
    drill: (ctx, q) => drillPage(ctx, numerator.records, q),
  };
};

/** The categories of a coded field (contracts/registry/enums), in its order. */
export const codedCategories = <T extends string>(coded: {
  values: readonly T[];
  labels: Record<T, { zh: string; en: string }>;
}) => coded.values.map((key) => ({ key, label: coded.labels[key] }));
