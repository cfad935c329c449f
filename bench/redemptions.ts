import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { reconcile } from '../src/server/modules/points/reconcile';
import { runAdminSql, withDatabase } from '../src/server/platform/db/admin';
import { openPostgres } from '../src/server/platform/db/open';
import { type BenchResult, printTable, writeResults } from './harness';

// npm run bench:redemptions — 以分换物 under load, through the real server on PostgreSQL: a fresh
// database, the server started as in production (demo data on), a shop with plenty of stock and
// households with points, then autocannon posts redemptions from 50 connections, each with its
// own Idempotency-Key, for a mix of households, until most of them run out of points. Afterwards:
// the points that left the accounts equal the totals of the successful redemptions, and
// reconcile finds no difference. ZX_BENCH_PG as for npm run bench.

const PG_BASE = process.env.ZX_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = 'zx_bench_redeem';
const PORT = Number(process.env.ZX_BENCH_PORT ?? 3917);
const CONNECTIONS = 50;
const REQUESTS = Number(process.env.ZX_BENCH_REQUESTS ?? 6000);
const HOUSEHOLDS = 100;
const AWARD = 200;
const BASE = `http://127.0.0.1:${PORT}`;

const startServer = (url: string, dataDir: string) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(PORT),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO: 'auto',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('振兴已启动')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });

interface Session {
  call: (method: string, url: string, body?: unknown) => Promise<Record<string, unknown>>;
  headers: Record<string, string>;
}

const login = async (username: string, password: string): Promise<Session> => {
  const res = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const headers = {
    cookie,
    'x-csrf-token': (await res.json()).csrfToken,
    'content-type': 'application/json',
  };
  const call = async (method: string, url: string, body?: unknown) => {
    const r = await fetch(`${BASE}${url}`, {
      method,
      headers,
      body: JSON.stringify(body ?? {}),
    });
    if (!r.ok) throw new Error(`${method} ${url} ${r.status}: ${await r.text()}`);
    return r.json();
  };
  return { call, headers };
};

/** A shop with two goods in plenty, and households each awarded AWARD points under a village rule. */
const prepare = async (s: Session, db: Awaited<ReturnType<typeof openPostgres>>) => {
  const [{ regionCode }] = await db.rawQuery<{ regionCode: string }>(
    `select region_code as "regionCode" from users where username = 'cun'`,
  );
  const shop = await s.call('POST', '/api/points/shops', {
    regionCode,
    name: '基准测试超市',
    cancelMinutes: 60,
  });
  const goods: string[] = [];
  for (const [name, price] of [
    ['食盐', 3],
    ['毛巾', 10],
  ] as const) {
    const g = await s.call('POST', `/api/points/shops/${shop.id}/goods`, { name, price, unit: '件' });
    await s.call('POST', `/api/points/goods/${g.id}/stock-in`, { quantity: 100_000, source: '帮扶单位捐赠' });
    goods.push(g.id as string);
  }
  const rule = await s.call('POST', '/api/points/rules', {
    regionCode,
    system: 'civil',
    code: 'JZ01',
    name: '基准测试奖励',
    points: AWARD,
    proposerRoles: ['village'],
    approverRoles: ['village'],
  });
  const homes = await db.rawQuery<{ id: string }>(
    `select id from households where region_code like '${regionCode}%' and deleted_at is null order by household_no limit ${HOUSEHOLDS}`,
  );
  const today = new Date().toISOString().slice(0, 10);
  for (const h of homes) {
    const claim = await s.call('POST', '/api/points/claims', {
      system: 'civil',
      holderId: h.id,
      ruleId: rule.id,
      occurredOn: today,
    });
    await s.call('POST', `/api/points/claims/${claim.id}/approve`);
  }
  return { shopId: shop.id as string, goods, homes: homes.map((h) => h.id) };
};

const balances = async (db: Awaited<ReturnType<typeof openPostgres>>, homes: string[]) => {
  const [{ sum }] = await db.rawQuery<{ sum: number }>(
    `select coalesce(sum(balance), 0)::int as sum from points_accounts where system = 'civil' and holder_id = any($1)`,
    [homes],
  );
  return Number(sum);
};

const main = async () => {
  await runAdminSql(PG_BASE, `drop database if exists ${DB_NAME} with (force)`);
  await runAdminSql(PG_BASE, `create database ${DB_NAME}`);
  const url = withDatabase(PG_BASE, DB_NAME);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-redeem-'));
  let server: ChildProcess | null = null;
  try {
    const t0 = performance.now();
    server = await startServer(url, dataDir);
    console.log(`server with demo data up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const db = await openPostgres(url);
    const session = await login('cun', 'Zhenxing-demo-2026');
    const { shopId, goods, homes } = await prepare(session, db);
    const before = await balances(db, homes);
    let ok = 0;
    let okPoints = 0;
    let insufficient = 0;
    const other = new Map<string, number>();
    const rng = () => Math.floor(Math.random() * 1e9);
    const result = await autocannon({
      url: BASE,
      connections: CONNECTIONS,
      amount: REQUESTS,
      requests: [
        {
          method: 'POST',
          path: `/api/points/shops/${shopId}/redemptions`,
          setupRequest: (req) => ({
            ...req,
            headers: { ...session.headers, 'idempotency-key': randomUUID() },
            body: JSON.stringify({
              householdId: homes[rng() % homes.length],
              lines: goods
                .slice(0, 1 + (rng() % 2))
                .map((goodsId) => ({ goodsId, quantity: 1 + (rng() % 3) })),
            }),
          }),
          onResponse: (status, body) => {
            if (status === 201) {
              ok++;
              okPoints += JSON.parse(body).total;
            } else if (status === 409 && body.includes('积分不足')) insufficient++;
            else
              other.set(
                `${status} ${body.slice(0, 80)}`,
                (other.get(`${status} ${body.slice(0, 80)}`) ?? 0) + 1,
              );
          },
        },
      ],
    });
    const after = await balances(db, homes);
    const [stored] = await db.rawQuery<{ n: number; points: number }>(
      `select count(*)::int as n, coalesce(sum(total), 0)::int as points from points_redemptions where shop_id = $1`,
      [shopId],
    );
    const report = await reconcile(db.db);
    await db.close();
    const drop = before - after;
    const checks = {
      'successful totals = balance drop': okPoints === drop,
      'stored redemptions = successful responses':
        Number(stored.n) === ok && Number(stored.points) === okPoints,
      'reconcile differences = []': report.differences.length === 0,
      'no other answers': other.size === 0,
    };
    const perSecond = ok / (result.duration || 1);
    const results: BenchResult[] = [
      {
        operation: `redemptions over HTTP, ${CONNECTIONS} connections (p50 latency)`,
        driver: 'postgres',
        scale: `${homes.length} households`,
        appMs: result.latency.p50,
        rawMs: Number.NaN,
        ratio: Number.NaN,
        runs: result.requests.total,
        note:
          `${result.requests.total} requests in ${result.duration.toFixed(1)} s: ${Math.round(result.requests.average)} requests/s, ` +
          `${perSecond.toFixed(0)} redemptions/s; p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
          `${ok} redeemed (${okPoints} points), ${insufficient} 积分不足, ${[...other.values()].reduce((s, n) => s + n, 0)} other; ` +
          `balances fell by ${drop}; reconcile: ${report.differences.length} differences over ${report.entries} entries`,
      },
    ];
    printTable(results);
    for (const [what, passed] of Object.entries(checks)) console.log(`${passed ? '✓' : '✗'} ${what}`);
    for (const [what, n] of other) console.log(`  ${n} × ${what}`);
    console.log(`results written to ${writeResults(results)}`);
    if (Object.values(checks).some((passed) => !passed)) process.exitCode = 1;
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await runAdminSql(PG_BASE, `drop database if exists ${DB_NAME} with (force)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
};

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
