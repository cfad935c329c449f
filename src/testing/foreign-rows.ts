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

/**
 * Watches every region-owned table for a write to a row outside a scope: a trigger on each
 * table records the table and region of any inserted, updated or deleted row whose code (old
 * or new) lies outside the watched prefix, and a truncate of the table outright. The generic
 * scope test asks after each of its thousands of requests; a digest of the other side's rows
 * per request cost more than the requests themselves.
 */
export const watchForeignWrites = async (db: Db) => {
  await db.execute(sql`create table if not exists zx_scope_watch (lo text not null, hi text)`);
  await db.execute(sql`create table if not exists zx_scope_touched (tbl text not null, code text)`);
  await db.execute(
    sql.raw(`
    create or replace function zx_scope_touch() returns trigger language plpgsql as $f$
    declare w record; codes text[];
    begin
      select lo, hi into w from zx_scope_watch limit 1;
      if not found then return null; end if;
      if TG_OP = 'TRUNCATE' then
        insert into zx_scope_touched values (TG_TABLE_NAME, null);
        return null;
      end if;
      if TG_OP <> 'INSERT' then codes := codes || (to_jsonb(OLD) ->> TG_ARGV[0]); end if;
      if TG_OP <> 'DELETE' then codes := codes || (to_jsonb(NEW) ->> TG_ARGV[0]); end if;
      insert into zx_scope_touched
        select TG_TABLE_NAME, c from unnest(codes) as c
        where c is not null and not (c >= w.lo and (w.hi is null or c < w.hi));
      return null;
    end $f$;`),
  );
  for (const { table, column } of await regionOwnedTables(db)) {
    const t = sql.identifier(table);
    await db.execute(sql`drop trigger if exists zx_scope_touch_row on ${t}`);
    await db.execute(sql`drop trigger if exists zx_scope_touch_truncate on ${t}`);
    await db.execute(sql`create trigger zx_scope_touch_row after insert or update or delete on ${t}
      for each row execute function zx_scope_touch(${sql.raw(`'${column}'`)})`);
    await db.execute(sql`create trigger zx_scope_touch_truncate after truncate on ${t}
      for each statement execute function zx_scope_touch()`);
  }
  return {
    /** From now on, record writes outside `prefix`. */
    start: async (prefix: string) => {
      await db.execute(sql`delete from zx_scope_watch`);
      await db.execute(sql`delete from zx_scope_touched`);
      await db.execute(sql`insert into zx_scope_watch values (${prefix}, ${prefixUpperBound(prefix)})`);
    },
    /** The tables written outside the prefix since the last call ("table (region)"). */
    touched: async (): Promise<string[]> => {
      const result = await db.execute(sql`delete from zx_scope_touched returning tbl, code`);
      return [
        ...new Set(
          rows<{ tbl: string; code: string | null }>(result).map((r) => `${r.tbl} (${r.code ?? 'truncate'})`),
        ),
      ];
    },
    stop: async () => {
      await db.execute(sql`delete from zx_scope_watch`);
    },
  };
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
