import { type Column, type SQL, sql } from 'drizzle-orm';
import type { RegionLevel } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import { inScope, regionAtLevel, scopeOf, underRegion } from '../../../platform/scope';
import { regionNameOf, villagesRelation } from '../../regions/region-view';
import { economyAccounts, type TierBasis } from '../tables';
import type { BucketRow } from './buckets';

// The one statement behind the summary and the trend: every village under the region (in the
// caller's scope) for each year asked, its account of that year if any (none counts as 0),
// grouped by the child region, the year and the income bucket (buckets.ts). Aggregated in SQL:
// a county's five years come back as a few dozen rows, not a row per village.

export interface GroupedBucketRow extends BucketRow {
  groupCode: string | null;
  /** The child region's name (read with the rows, not by a second statement). */
  groupName: string | null;
  year: number;
}

const a = economyAccounts;
/** The villages relation's columns under its alias `v` (regions/region-view villagesRelation). */
export const village = { code: sql`${sql.identifier('v')}.code`, name: sql`${sql.identifier('v')}.name` };
const v = village;

/** The basis income of an account row, 0 without an account. */
export const basisColumn = (basis: TierBasis, table: { operatingFen: Column; totalFen: Column } = a): SQL =>
  basis === 'total' ? sql`coalesce(${table.totalFen}, 0)` : sql`coalesce(${table.operatingFen}, 0)`;

/** CASE counting the thresholds an amount reaches (literal integers: the GROUP BY uses positions). */
export const bucketCase = (amount: SQL, thresholds: readonly number[]): SQL => {
  if (thresholds.length === 0) return sql`0`;
  const whens = thresholds
    .map((t, i) => ({ t, i }))
    .reverse()
    .map(
      ({ t, i }) => sql`when ${amount} >= ${sql.raw(String(Math.trunc(t)))} then ${sql.raw(String(i + 1))}`,
    );
  return sql`(case ${sql.join(whens, sql` `)} else 0 end)`;
};

/** The villages under the region in the caller's scope (over `v`, the villages relation). */
export const villageFilter = (ctx: Ctx, regionCode: string): SQL =>
  sql`${inScope(v.code, scopeOf(ctx.actor))} and ${underRegion(v.code, regionCode)}`;

export const groupedBuckets = async (
  ctx: Ctx,
  o: {
    regionCode: string;
    years: readonly number[];
    groupLevel: Exclude<RegionLevel, 'group'> | null;
    basis: TierBasis;
    thresholds: readonly number[];
  },
): Promise<GroupedBucketRow[]> => {
  const group = o.groupLevel ? regionAtLevel(v.code, o.groupLevel) : sql`null::text`;
  const bucket = bucketCase(basisColumn(o.basis), o.thresholds);
  const years = sql.join(
    o.years.map((y) => sql.raw(String(Math.trunc(y)))),
    sql`, `,
  );
  const { rows } = (await ctx.db.execute(sql`
    select g.*, ${regionNameOf(sql`g.group_code`)} as group_name
    from (select ${group} as group_code, y.year::int as year, ${bucket} as bucket,
      count(*)::int as villages, count(${a.id})::int as with_account,
      coalesce(sum(${a.operatingFen}), 0)::float8 as operating_fen,
      coalesce(sum(${a.totalFen}), 0)::float8 as total_fen,
      coalesce(sum(${a.contractingFen}), 0)::float8 as contracting_fen
    from ${villagesRelation('v')}
    cross join (select unnest(array[${years}]) as year) y
    left join ${a} on ${a.regionCode} = ${v.code} and ${a.year} = y.year
    where ${villageFilter(ctx, o.regionCode)}
    group by 1, 2, 3) g`)) as unknown as { rows: Record<string, unknown>[] };
  // Without an account both incomes are 0, so the basis sum is the sum of its own column.
  return rows.map((r) => ({
    groupCode: (r.group_code as string | null) ?? null,
    groupName: (r.group_name as string | null) ?? null,
    year: Number(r.year),
    bucket: Number(r.bucket),
    villages: Number(r.villages),
    withAccount: Number(r.with_account),
    basisFen: Number(o.basis === 'total' ? r.total_fen : r.operating_fen),
    operatingFen: Number(r.operating_fen),
    totalFen: Number(r.total_fen),
    contractingFen: Number(r.contracting_fen),
  }));
};
