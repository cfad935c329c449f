import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { csvLine } from './csv';
import type { Database } from './types';

type Cell = string | number | boolean | null | undefined;

const cell = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'object') return JSON.stringify(value);
  return value as Cell;
};

/**
 * The bulk path for typed rows: COPY of `rows` (the table's insert shape) into `table`, in chunks
 * of about 1 MB. Only the columns named by `keys` are sent; the others take their defaults. The
 * rows must be checked by the caller (the synthetic-data generator runs the contracts' schemas).
 */
export const copyRows = async <T extends PgTable>(
  database: Database,
  table: T,
  keys: readonly (keyof T['$inferInsert'] & string)[],
  rows: Iterable<T['$inferInsert']>,
): Promise<number> => {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
    return column.name;
  });
  let count = 0;
  function* chunks() {
    let chunk = '';
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      chunk += csvLine(keys.map((k) => cell(r[k])));
      count++;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await database.copyCsv(getTableName(table), names, chunks());
  return count;
};
