import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DrillRow, EconomyDrill, EconomyDrillFilter } from '../../../../contracts/api/economy-views';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { regionAtLevel } from '../../../platform/scope';
import { regionNameOf, villagesRelation } from '../../regions/region-view';
import { economyAccounts } from '../tables';
import { bandOf, growthPercent } from '../tiers';
import { basisColumn, village, villageFilter } from './bucket-query';
import { bandRange, beijingYear } from './policy';
import { viewRegion } from './region-of';

// 穿透: the villages behind a figure of the summary (a band, "at least", "below", no account),
// one page with the sums over every matching village, so the list adds up to the figure.
// One statement: the sums and the count are window aggregates over the filtered villages.

const cur = alias(economyAccounts, 'cur');
const prev = alias(economyAccounts, 'prev');
const v = village;
const townCode = regionAtLevel(v.code, 'township');
/** An aliased table in a FROM or JOIN of raw SQL (the alias alone renders as its name). */
const aliased = (table: typeof economyAccounts, name: string) => sql`${table} as ${sql.identifier(name)}`;

const growthExpr = (x: SQL, px: SQL) =>
  sql`case when ${prev.id} is not null and ${px} > 0 then (${x} - ${px})::float8 / ${px} end`;

const orderOf = (sort: EconomyDrillFilter['sort'], x: SQL, px: SQL): SQL => {
  const growth = growthExpr(x, px);
  switch (sort) {
    case 'basisAsc':
      return sql`${x} asc, ${v.code}`;
    case 'totalDesc':
      return sql`coalesce(${cur.totalFen}, 0) desc, ${v.code}`;
    case 'growthDesc':
      return sql`${growth} desc nulls last, ${v.code}`;
    case 'growthAsc':
      return sql`${growth} asc nulls last, ${v.code}`;
    case 'code':
      return sql`${v.code}`;
    default:
      return sql`${x} desc, ${v.code}`;
  }
};

export const economyDrill = async (ctx: Ctx, q: EconomyDrillFilter): Promise<EconomyDrill> => {
  const year = q.year ?? beijingYear();
  const region = await viewRegion(ctx, q.regionCode);
  const { basis, bands } = region.bands;
  const x = basisColumn(basis, cur);
  const px = basisColumn(basis, prev);
  const filters: SQL[] = [villageFilter(ctx, region.code)];
  if (q.band !== undefined) {
    const range = bandRange(bands, q.band);
    if (!range) throw invalidField('band', `没有档次「${q.band}」`);
    if (range.atLeast > Number.MIN_SAFE_INTEGER) filters.push(sql`${x} >= ${range.atLeast}`);
    if (range.below !== null) filters.push(sql`${x} < ${range.below}`);
  }
  if (q.atLeastFen !== undefined) filters.push(sql`${x} >= ${q.atLeastFen}`);
  if (q.belowFen !== undefined) filters.push(sql`${x} < ${q.belowFen}`);
  if (q.withoutAccount === true) filters.push(sql`${cur.id} is null`);
  if (q.withoutAccount === false) filters.push(sql`${cur.id} is not null`);

  const run = async (page: number) => {
    const { rows } = (await ctx.db.execute(sql`
      select ${v.code} as code, ${v.name} as name, ${townCode} as township_code, ${regionNameOf(townCode)} as township_name,
        ${cur.id} as account_id,
        coalesce(${cur.operatingFen}, 0)::float8 as operating_fen,
        coalesce(${cur.totalFen}, 0)::float8 as total_fen,
        coalesce(${cur.contractingFen}, 0)::float8 as contracting_fen,
        ${x}::float8 as basis_fen,
        case when ${prev.id} is null then null else ${px}::float8 end as previous_basis_fen,
        count(*) over ()::int as n,
        sum(${x}) over ()::float8 as sum_basis,
        sum(coalesce(${cur.operatingFen}, 0)) over ()::float8 as sum_operating,
        sum(coalesce(${cur.totalFen}, 0)) over ()::float8 as sum_total,
        sum(coalesce(${cur.contractingFen}, 0)) over ()::float8 as sum_contracting
      from ${villagesRelation('v')}
      left join ${aliased(economyAccounts, 'cur')} on ${cur.regionCode} = ${v.code} and ${cur.year} = ${year}
      left join ${aliased(economyAccounts, 'prev')} on ${prev.regionCode} = ${v.code} and ${prev.year} = ${year - 1}
      where ${sql.join(filters, sql` and `)}
      order by ${orderOf(q.sort, x, px)}
      limit ${q.pageSize} offset ${(page - 1) * q.pageSize}`)) as unknown as {
      rows: Record<string, unknown>[];
    };
    return rows;
  };
  const rows = await run(q.page);
  // Past the last page the window aggregates come with no row: read them from the first.
  const head = rows[0] ?? (q.page > 1 ? (await run(1))[0] : undefined);
  const items: DrillRow[] = rows.map((r) => {
    const basisFen = Number(r.basis_fen);
    const before = r.previous_basis_fen == null ? null : Number(r.previous_basis_fen);
    const band = bandOf(basisFen, bands);
    return {
      regionCode: String(r.code),
      name: String(r.name),
      townshipCode: String(r.township_code ?? ''),
      townshipName: String(r.township_name ?? ''),
      accountId: (r.account_id as string | null) ?? null,
      operatingFen: Number(r.operating_fen),
      totalFen: Number(r.total_fen),
      contractingFen: Number(r.contracting_fen),
      basisFen,
      band: band.code,
      bandLabel: band.label,
      previousBasisFen: before,
      growthPercent: before === null ? null : growthPercent(before, basisFen),
    };
  });
  return {
    items,
    total: Number(head?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    year,
    basis,
    sums: {
      basisFen: Number(head?.sum_basis ?? 0),
      operatingFen: Number(head?.sum_operating ?? 0),
      totalFen: Number(head?.sum_total ?? 0),
      contractingFen: Number(head?.sum_contracting ?? 0),
    },
  };
};
