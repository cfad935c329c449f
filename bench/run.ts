import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { MODULES } from '../src/server/modules';
import { importCounty } from '../src/server/modules/regions/import-county';
import { hashPassword } from '../src/server/platform/auth/password';
import { actorOf, newId } from '../src/server/platform/auth/session';
import { users } from '../src/server/platform/auth/tables';
import { loadConfig } from '../src/server/platform/config';
import { runAdminSql, withDatabase } from '../src/server/platform/db/admin';
import { openPglite, openPostgres } from '../src/server/platform/db/open';
import type { Database } from '../src/server/platform/db/types';
import { installModules } from '../src/server/platform/modules/registry';
import { startServices } from '../src/server/platform/services';
import { assessmentsEntries } from './entries/assessments';
import { dashboardsEntries } from './entries/dashboards';
import { economyEntries } from './entries/economy';
import { eventsEntries } from './entries/events';
import { eventsHttpEntries } from './entries/events-http';
import { householdImportEntries } from './entries/household-import';
import { householdEntries, type Scale } from './entries/households';
import { BENCH_USER, httpEntries } from './entries/http';
import { importLimitEntries } from './entries/import-limits';
import { pointsEntries } from './entries/points';
import { regionEntries } from './entries/regions';
import { visitsEntries } from './entries/visits';
import { type BenchEntry, type BenchResult, printTable, runEntry, writeResults } from './harness';

// npm run bench [-- --driver pglite|postgres]
// Each driver gets a fresh database with 田东 imported. PostgreSQL: ZX_BENCH_PG (default
// postgres://postgres@127.0.0.1:5432/test); a database zx_bench is created and dropped there.

// npm run bench -- --scale prefecture  generates 黔东南 (1M households) instead of 田东; PostgreSQL only
// unless --driver pglite is given.
const scale: Scale =
  process.argv.includes('--scale') && process.argv[process.argv.indexOf('--scale') + 1] === 'prefecture'
    ? 'prefecture'
    : 'county';
const ALL: BenchEntry[] = [
  ...regionEntries,
  ...householdEntries(scale),
  ...(scale === 'county' ? householdImportEntries : []),
  ...(scale === 'county' ? pointsEntries : []),
  ...(scale === 'county' ? importLimitEntries : []),
  ...(scale === 'county' ? httpEntries : []),
  ...eventsEntries(scale),
  ...eventsHttpEntries(scale),
  ...assessmentsEntries(scale),
  ...economyEntries(scale),
  ...visitsEntries(scale),
  ...dashboardsEntries(scale),
];
// npm run bench -- --only import  runs the entries whose name contains "import".
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const ENTRIES = only ? ALL.filter((e) => e.name.includes(only)) : ALL;
const PG_BASE = process.env.ZX_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SYSTEM = { actor: null, meta: { requestId: 'bench', ip: null } };

const admin = (text: string) => runAdminSql(PG_BASE, text);

// ZX_BENCH_DATABASE=name: an existing PostgreSQL database filled before (npm run gen), kept after.
const KEEP = process.env.ZX_BENCH_DATABASE;

const openFresh = async (driver: string, dir: string): Promise<Database> => {
  if (driver === 'pglite') return openPglite(dir);
  if (KEEP) return openPostgres(withDatabase(PG_BASE, KEEP));
  await admin('drop database if exists zx_bench with (force)');
  await admin('create database zx_bench');
  return openPostgres(withDatabase(PG_BASE, 'zx_bench'));
};

const benchDriver = async (driver: string): Promise<BenchResult[]> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-bench-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const services = await startServices(config, await openFresh(driver, dir));
  const db = services.database.db;
  installModules(MODULES);
  const [imported] = await services.database.rawQuery(`select 1 from regions where code = '451022000000'`);
  if (!imported) await importCounty(db, SYSTEM, '451022');
  if (KEEP)
    await db
      .delete(users)
      .where(eq(users.username, BENCH_USER.username))
      .catch(() => undefined);
  const [user] = await db
    .insert(users)
    .values({
      id: newId(),
      username: BENCH_USER.username,
      displayName: '基准测试',
      role: 'county_admin',
      regionCode: '451022000000',
      passwordHash: await hashPassword(BENCH_USER.password),
    })
    .returning();
  const app = await buildApp(services, { logger: false, webRoot: dir });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: BENCH_USER,
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
  const env = {
    app,
    headers,
    services,
    ctx: { db, actor: actorOf(user), meta: { requestId: 'bench', ip: null }, pii: services.pii },
    prefectureCtx: {
      db,
      actor: actorOf({ ...user, regionCode: '522600000000' }),
      meta: { requestId: 'bench', ip: null },
      pii: services.pii,
    },
    http: (method: 'GET' | 'POST', url: string, payload?: unknown) =>
      app.inject({ method, url, headers, ...(payload ? { payload: payload as object } : {}) }),
  };
  const results: BenchResult[] = [];
  for (const entry of ENTRIES) {
    // One failing entry must not lose the others' figures (a prefecture takes minutes to build).
    try {
      const result = await runEntry(entry, env);
      results.push(result);
      console.log(
        `${entry.name} (${driver}): ${result.appMs.toFixed(1)} ms${result.note ? ` — ${result.note}` : ''}`,
      );
    } catch (error) {
      console.error(`${entry.name} (${driver}) failed: ${(error as Error).message}`);
    }
  }
  await app.close();
  await services.database.close();
  if (driver === 'postgres' && !KEEP) await admin('drop database if exists zx_bench with (force)');
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
};

const main = async () => {
  const only = process.argv.includes('--driver') ? process.argv[process.argv.indexOf('--driver') + 1] : null;
  const drivers = only ? [only] : scale === 'prefecture' ? ['postgres'] : ['pglite', 'postgres'];
  const results: BenchResult[] = [];
  for (const driver of drivers) {
    try {
      results.push(...(await benchDriver(driver)));
    } catch (error) {
      console.error(`${driver}: skipped (${(error as Error).message})`);
    }
  }
  printTable(results);
  console.log(`results written to ${writeResults(results)}`);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
