import { sql } from 'drizzle-orm';
import { prefixUpperBound } from '../contracts/region-code';
import type { Db } from '../server/platform/db/types';

// What "the other side" holds: every row of every region-owned table (a table with a
// `region_code` column, and the regions table itself) whose region lies outside a scope.

const rows = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export const regionOwnedTables = async (db: Db): Promise<{ table: string; column: string }[]> => {
  const result = await db.execute(sql`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema()
      and (column_name = 'region_code' or (table_name = 'regions' and column_name = 'code'))
    order by table_name`);
  return rows<{ table: string; column: string }>(result);
};

const outside = (column: string, prefix: string) => {
  const upper = prefixUpperBound(prefix);
  const col = sql.identifier(column);
  return upper === null ? sql`false` : sql`not (${col} >= ${prefix} and ${col} < ${upper})`;
};

/** One digest per region-owned table over its rows outside `prefix`: any change shows. */
export const foreignDigest = async (db: Db, prefix: string): Promise<Record<string, string>> => {
  const digest: Record<string, string> = {};
  for (const { table, column } of await regionOwnedTables(db)) {
    const t = sql.identifier(table);
    const [row] = rows<{ d: string; n: number }>(
      await db.execute(
        sql`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d, count(*)::int as n
            from ${t} as x where ${outside(column, prefix)}`,
      ),
    );
    digest[table] = `${row.n}:${row.d}`;
  }
  return digest;
};

/** Codes and names of regions outside `prefix`, minus names the prober may legitimately see. */
export const foreignRegionMarkers = async (db: Db, prefix: string, visibleCodes: string[]) => {
  const all = rows<{ code: string; name: string }>(await db.execute(sql`select code, name from regions`));
  const visible = all.filter((r) => r.code.startsWith(prefix) || visibleCodes.includes(r.code));
  const visibleNames = new Set(visible.map((r) => r.name));
  const foreign = all.filter((r) => !visible.includes(r));
  return {
    codes: foreign.map((r) => r.code),
    names: [...new Set(foreign.map((r) => r.name))].filter((n) => !visibleNames.has(n)),
  };
};
