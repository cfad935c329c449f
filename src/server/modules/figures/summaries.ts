import { sql } from 'drizzle-orm';
import { levelOfCode } from '../../../contracts/region-code';
import { auditLog } from '../../platform/audit/tables';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { countyOf, isUnder } from '../../platform/scope';
import { importedCounties } from '../regions/region-view';
import { SUMMARY_MAX_AGE_MS } from './policy';

// Summaries kept up to date by the writes (docs/dashboards.md §数据时间): a dashboard's values are
// kept per region, year and figure, with the audit chains' positions of the counties they cover
// when they were computed. Every write is audited in its county's chain, so a chain that has moved
// since means records may have changed: the value is computed again. Figures of "today" (overdue
// now, ages) change without a write, so nothing is kept longer than SUMMARY_MAX_AGE_MS either.

interface Kept<T> {
  at: number;
  version: string;
  value: T;
}

const kept = new WeakMap<Db, Map<string, Kept<unknown>>>();
const LIMIT = 5000;

/** The audit chains (counties) a region's records belong to, with their last positions, as one string. */
export const dataVersion = async (db: Db, regionCode: string): Promise<string> => {
  const level = levelOfCode(regionCode);
  const counties =
    level !== 'province' && level !== 'city'
      ? [countyOf(regionCode)]
      : (await importedCounties(db)).filter((c) => isUnder(c, regionCode)).map(countyOf);
  if (counties.length === 0) return '';
  const { rows } = (await db.execute(sql`
    select c.chain, (select max(${auditLog.seq}) from ${auditLog} where ${auditLog.chain} = c.chain) as seq
    from unnest(${`{${counties.join(',')}}`}::text[]) as c(chain) order by c.chain`)) as unknown as {
    rows: { chain: string; seq: number | string | null }[];
  };
  return rows.map((r) => `${r.chain}:${r.seq ?? 0}`).join(',');
};

/**
 * The value kept for `key` if the records under the region have not changed since and it is not too
 * old; else `compute()` now. Returns when the value was computed. The caller has checked scope.
 */
export const summary = async <T>(
  ctx: Ctx,
  o: { key: string; regionCode: string; version: string; fresh?: boolean },
  compute: () => Promise<T>,
): Promise<{ value: T; at: number }> => {
  let byKey = kept.get(ctx.db);
  if (!byKey) {
    byKey = new Map();
    kept.set(ctx.db, byKey);
  }
  const hit = byKey.get(o.key) as Kept<T> | undefined;
  const now = Date.now();
  if (!o.fresh && hit && hit.version === o.version && now - hit.at < SUMMARY_MAX_AGE_MS) {
    return { value: hit.value, at: hit.at };
  }
  const value = await compute();
  if (byKey.size >= LIMIT) byKey.delete(byKey.keys().next().value as string);
  byKey.delete(o.key);
  byKey.set(o.key, { at: now, version: o.version, value });
  return { value, at: now };
};
