import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBlankDatabase } from '../../../testing/test-db';
import { listTables, type Query, quoteName } from '../backup/catalog';
import { PiiCipher } from '../pii/crypto';
import { appliedMigrationTag, latestMigrationTag, migrate, migrateTo, migrationTags } from './migrate';
import type { Database } from './types';

// Upgrades keep data: a database at an earlier migration, with rows in every table it has,
// migrated to the newest migration of this build loses nothing: every table keeps its rows,
// every column that still exists keeps its values, encrypted fields still decrypt, and the rows
// of a table a migration dropped live on under their ids elsewhere (0007: points evidence →
// attachments). The rows are built from the catalogue (types, lengths, foreign keys), so the
// test needs no change when migrations are added. A migration that changes a column's values on
// purpose names it in CHANGED_ON_PURPOSE.

/** The level the upgrade starts from: after 0005 the points tables exist, 0006–0007 move data. */
const FROM = '0005_points';
const ROWS = 3;
const CHANGED_ON_PURPOSE: readonly string[] = [];

const pii = new PiiCipher({ encryption: Buffer.alloc(32, 7), blindIndex: Buffer.alloc(32, 9) });

interface Column {
  table: string;
  column: string;
  type: string;
  category: string;
  identity: string;
  generated: string;
}

interface ForeignKey {
  table: string;
  column: string;
  ref: string;
  refColumn: string;
}

const columnsOf = (query: Query) =>
  query<Column>(
    `select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as type,
            t.typcategory as category, a.attidentity as identity, a.attgenerated as generated
       from pg_attribute a join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid
      where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`,
  );

const foreignKeysOf = (query: Query) =>
  query<ForeignKey>(
    `select c.conrelid::regclass::text as "table", a.attname as "column",
            c.confrelid::regclass::text as ref, r.attname as "refColumn"
       from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       join pg_attribute r on r.attrelid = c.confrelid and r.attnum = c.confkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );

const lengthOf = (type: string) => Number(/\((\d+)\)/.exec(type)?.[1] ?? 200);

/** A value of the column's type for row `i` (1-based), as text; unique per row where it can be. */
const valueFor = (c: Column, i: number, plain: Map<string, string>): string | null => {
  const n = lengthOf(c.type);
  const key = `${c.table}.${c.column}.${i}`;
  if (c.column.endsWith('_enc')) {
    const text = `45102219800101${String(i).padStart(3, '0')}X`;
    const stored = pii.encrypt(text);
    plain.set(stored, text);
    return stored;
  }
  if (c.type === 'uuid') {
    const hex = createHash('sha256').update(key).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  if (c.type === 'json' || c.type === 'jsonb') return JSON.stringify({ row: i, note: `第${i}行` });
  if (c.type === 'bytea') return `\\x0${i}`;
  if (c.category === 'A') return '{}';
  if (c.category === 'N') return String(i);
  if (c.category === 'B') return i % 2 === 0 ? 'true' : 'false';
  if (c.type === 'date') return `2026-03-0${i}`;
  if (c.category === 'D') return c.type.startsWith('time ') ? `08:0${i}:00` : `2026-03-0${i}T08:00:00Z`;
  if (c.category === 'T') return `${i} days`;
  if (c.category === 'S') {
    if (c.column.endsWith('_idx') || c.column.endsWith('hash'))
      return createHash('sha256').update(key).digest('hex').slice(0, n);
    if (c.column.includes('code') || n <= 20) {
      const digits = '451022100001000'.slice(0, n);
      return digits.slice(0, Math.max(0, n - String(i).length)) + i;
    }
    return `${i}号${c.column}（${c.table}）`.slice(0, n);
  }
  throw new Error(
    `upgrade test: no sample value for ${c.table}.${c.column} of type ${c.type}; add one in valueFor`,
  );
};

/** Parents before children (a table's own references aside). */
const parentsFirst = (tables: string[], keys: ForeignKey[]) => {
  const done: string[] = [];
  const visit = (t: string) => {
    if (done.includes(t)) return;
    for (const k of keys) if (k.table === t && k.ref !== t) visit(k.ref);
    done.push(t);
  };
  for (const t of tables) visit(t);
  return done;
};

/** Inserts ROWS rows into every table; returns plaintext of every ciphertext written. */
const fillEveryTable = async (database: Database) => {
  const query = database.rawQuery;
  const columns = await columnsOf(query);
  const keys = await foreignKeysOf(query);
  const plain = new Map<string, string>();
  const written = new Map<string, Record<string, string | null>[]>();
  const tables = parentsFirst([...new Set(columns.map((c) => c.table))], keys);
  for (const table of tables) {
    const own = columns.filter((c) => c.table === table && c.identity !== 'a' && c.generated === '');
    const rows: Record<string, string | null>[] = [];
    for (let i = 1; i <= ROWS; i++) {
      const row: Record<string, string | null> = {};
      for (const c of own) row[c.column] = valueFor(c, i, plain);
      for (const k of keys.filter((k) => k.table === table)) {
        const parents = k.ref === table ? [row] : (written.get(k.ref) ?? []);
        row[k.column] = parents[(i - 1) % parents.length]?.[k.refColumn] ?? null;
      }
      const names = own.map((c) => quoteName(c.column)).join(', ');
      const params = own.map((c, at) => `$${at + 1}::${c.type}`).join(', ');
      await query(
        `insert into ${quoteName(table)} (${names}) values (${params})`,
        own.map((c) => row[c.column]),
      );
      rows.push(row);
    }
    written.set(table, rows);
  }
  return { plain, tables };
};

/** Per table: its row count and a digest of each column's values. */
const fingerprint = async (query: Query) => {
  const out = new Map<string, { rows: number; columns: Map<string, string> }>();
  for (const table of await listTables(query)) {
    const t = quoteName(table.name);
    const [{ n }] = await query<{ n: number }>(`select count(*)::int as n from ${t}`);
    const columns = new Map<string, string>();
    for (const column of table.columns) {
      const c = quoteName(column);
      const [{ d }] = await query<{ d: string }>(
        `select md5(coalesce(string_agg(coalesce(${c}::text, '<null>'), '|' order by ${c}::text), '')) as d from ${t}`,
      );
      columns.set(column, d);
    }
    out.set(table.name, { rows: n, columns });
  }
  return out;
};

let database: Database;

// A database straight after initdb: a PGlite copy, or a new PostgreSQL database dropped on close.
beforeAll(async () => {
  database = await openBlankDatabase(inject('dbTemplate'));
});
afterAll(() => database.close());

describe('upgrading a database from an earlier migration', () => {
  it(`keeps every row, value and encrypted field of a database at ${FROM} when it migrates to the newest`, async () => {
    expect(migrationTags().indexOf(FROM)).toBeLessThan(migrationTags().length - 1);
    const query = database.rawQuery;
    await migrateTo(database, FROM);
    expect(await appliedMigrationTag(query)).toBe(FROM);
    const { plain, tables } = await fillEveryTable(database);
    const before = await fingerprint(query);
    for (const table of tables) expect([table, before.get(table)?.rows]).toEqual([table, ROWS]);

    const idsBefore = new Map<string, string[]>();
    for (const t of await listTables(query))
      if (t.columns.includes('id'))
        idsBefore.set(
          t.name,
          (await query<{ id: string }>(`select id::text as id from ${quoteName(t.name)} order by 1`)).map(
            (r) => r.id,
          ),
        );

    await migrate(database);
    expect(await appliedMigrationTag(query)).toBe(latestMigrationTag());
    const after = await fingerprint(query);

    const lost: string[] = [];
    for (const [table, was] of before) {
      const now = after.get(table);
      if (!now) continue; // dropped: checked below
      if (now.rows !== was.rows) lost.push(`${table}: ${was.rows} → ${now.rows} rows`);
      for (const [column, digest] of was.columns) {
        const kept = now.columns.get(column);
        if (kept !== undefined && kept !== digest && !CHANGED_ON_PURPOSE.includes(`${table}.${column}`))
          lost.push(`${table}.${column}: values changed`);
      }
    }
    expect(lost).toEqual([]);

    // A dropped table's rows live on under their ids in some table of the new level.
    const withIds = (await listTables(query)).filter((t) => t.columns.includes('id'));
    for (const [table] of [...before].filter(([t]) => !after.has(t))) {
      expect(withIds.length).toBeGreaterThan(0);
      const ids = idsBefore.get(table) ?? [];
      expect([table, ids.length]).toEqual([table, ROWS]);
      const found: string[] = [];
      for (const t of withIds)
        for (const r of await query<{ id: string }>(
          `select id::text as id from ${quoteName(t.name)} where id::text = any($1)`,
          [ids],
        ))
          found.push(r.id);
      expect([table, found.sort()]).toEqual([table, [...ids].sort()]);
    }

    // Every ciphertext written before the upgrade decrypts to what was written.
    let checked = 0;
    for (const table of await listTables(query))
      for (const column of table.columns.filter((c) => c.endsWith('_enc'))) {
        const rows = await query<{ v: string }>(
          `select ${quoteName(column)} as v from ${quoteName(table.name)} where ${quoteName(column)} is not null`,
        );
        for (const { v } of rows) {
          if (!plain.has(v)) continue;
          expect(pii.decrypt(v)).toBe(plain.get(v));
          checked++;
        }
      }
    expect(checked).toBeGreaterThanOrEqual(ROWS);
  }, 300_000);
});
