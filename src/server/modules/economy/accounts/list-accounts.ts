import { and, asc, count, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AccountFilters, AccountListQuery } from '../../../../contracts/api/economy-accounts';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { type CountyBands, countyBands } from '../bands';
import { economyAccounts as t } from '../tables';
import { toViews } from './view';

// 年度收支台账: the year's accounts of the villages in the caller's scope, filtered (region,
// village name or code, tier), sorted and paged on the server.

/** The tier filter as a range of the basis column under the caller's county's bands. */
const bandWhere = (code: string, c: CountyBands): SQL => {
  const at = c.bands.findIndex((b) => b.code === code);
  if (at < 0) return sql`false`;
  const column = c.basis === 'total' ? t.totalFen : t.operatingFen;
  const next = c.bands[at + 1];
  const lower = at === 0 ? undefined : gte(column, c.bands[at].minFen);
  return (and(lower, next ? lt(column, next.minFen) : undefined) ?? sql`true`) as SQL;
};

export const accountWhere = (ctx: Ctx, f: AccountFilters, bands: CountyBands): SQL => {
  const c: (SQL | undefined)[] = [inScope(t.regionCode, scopeOf(ctx.actor)), eq(t.year, f.year)];
  if (f.regionCode) c.push(underRegion(t.regionCode, f.regionCode));
  if (f.q) {
    // A typed village code finds its village; anything else searches the names.
    const name = ilike(regionNameOf(t.regionCode), containsPattern(f.q));
    c.push(/^\d{12}$/.test(f.q) ? or(name, eq(t.regionCode, f.q)) : name);
  }
  if (f.band) c.push(bandWhere(f.band, bands));
  return and(...c) as SQL;
};

export const accountOrder = (q: Pick<AccountListQuery, 'sort' | 'order'>): SQL[] => {
  const dir = q.order === 'desc' ? desc : asc;
  const tail = [asc(t.regionCode), asc(t.id)];
  if (q.sort === 'operating') return [dir(t.operatingFen), ...tail];
  if (q.sort === 'total') return [dir(t.totalFen), ...tail];
  if (q.sort === 'contracting') return [dir(t.contractingFen), ...tail];
  return [dir(t.regionCode), asc(t.id)];
};

export const listAccounts = async (ctx: Ctx, q: AccountListQuery) => {
  const bands = await countyBands(ctx.db, ctx.actor.scopeCode);
  const where = accountWhere(ctx, q, bands);
  const rows = await ctx.db
    .select()
    .from(t)
    .where(where)
    .orderBy(...accountOrder(q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await ctx.db.select({ total: count() }).from(t).where(where);
  return {
    items: await toViews(ctx, rows),
    total,
    page: q.page,
    pageSize: q.pageSize,
    bands: bands.bands,
    basis: bands.basis,
  };
};
