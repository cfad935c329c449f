import pg from 'pg';

// What a backup reads and a restore writes, found in the database's own catalogue rather than
// in the code's table list: every table of the public schema at the migration level it is at.

export type Query = <R>(text: string, params?: unknown[]) => Promise<R[]>;

export interface TableInfo {
  name: string;
  /** Stored columns in table order (generated columns are computed again on restore). */
  columns: string[];
}

export const quoteName = (name: string) => pg.escapeIdentifier(name);

/** The tables of the public schema (partitions are read through their parent), by name. */
export const listTables = async (query: Query): Promise<TableInfo[]> => {
  const rows = await query<{ name: string; columns: string[] }>(
    `select c.relname as name,
            array(select a.attname::text from pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                  order by a.attnum) as columns
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`,
  );
  return rows.map((r) => ({ name: r.name, columns: r.columns }));
};

/** The sequences of the public schema (identity columns' too), by name. */
export const listSequences = async (query: Query): Promise<string[]> =>
  (
    await query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
    )
  ).map((r) => r.name);

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export const listForeignKeys = (query: Query): Promise<ForeignKey[]> =>
  query<ForeignKey>(
    `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
       from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace
      order by conrelid::regclass::text, conname`,
  );

export const countRows = async (query: Query, table: string): Promise<number> => {
  const [row] = await query<{ n: string }>(`select count(*)::text as n from ${quoteName(table)}`);
  return Number(row.n);
};
