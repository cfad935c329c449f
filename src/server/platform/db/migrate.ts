import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Database } from './types';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../drizzle',
);

interface JournalEntry {
  tag: string;
  when: number;
}

const readJournal = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };

/** The migrations shipped with this build, oldest first. */
export const migrationTags = (): string[] => readJournal(MIGRATIONS_DIR).entries.map((e) => e.tag);

/** The tag of the newest migration shipped with this build (e.g. 0003_audit_chain). */
export const latestMigrationTag = (): string => migrationTags().at(-1) ?? 'none';

/**
 * The newest migration a database has applied, or null for an empty one. Drizzle records each
 * applied migration with its journal timestamp (`when`), which names the tag; a timestamp this
 * build does not know (a newer release's migration) comes back as `unknown:<when>`.
 */
export const appliedMigrationTag = async (
  query: <R>(text: string) => Promise<R[]>,
): Promise<string | null> => {
  const [exists] = await query<{ t: string | null }>(
    `select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists?.t) return null;
  const [last] = await query<{ at: string | number }>(
    'select created_at as at from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  if (!last) return null;
  const entry = readJournal(MIGRATIONS_DIR).entries.find((e) => e.when === Number(last.at));
  return entry?.tag ?? `unknown:${last.at}`;
};

/** A copy of the migrations folder cut after `tag`, in a temporary directory (remove it after use). */
export const migrationsUpTo = (tag: string): string => {
  const at = migrationTags().indexOf(tag);
  if (at < 0) throw new Error(`本版本没有迁移 ${tag}（unknown migration ${tag}）`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-migrations-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journal = readJournal(dir);
  journal.entries = journal.entries.slice(0, at + 1);
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  return dir;
};

/** Applies the migrations up to and including `tag`, and no later one. */
export const migrateTo = async (database: Database, tag: string): Promise<void> => {
  const dir = migrationsUpTo(tag);
  try {
    await migrate(database, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

// Any fixed number: the key of the advisory lock that keeps two servers from migrating at once.
const MIGRATION_LOCK_KEY = 74_201_001;

/** Applies the committed SQL migrations; the same files run on PGlite and PostgreSQL. */
export const migrate = async (database: Database, migrationsFolder = MIGRATIONS_DIR): Promise<void> => {
  if (database.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific class.
    await migratePglite(database.db as any, { migrationsFolder });
    return;
  }
  // One dedicated connection, so the session-level advisory lock and the migration share it.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzle({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
};
