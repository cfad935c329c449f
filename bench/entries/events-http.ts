import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../../src/server/app';
import type { BenchEntry, BenchEnv } from '../harness';
import { BENCH_USER } from './http';

// Reports filed per second through the real server: 50 autocannon clients POST /api/events as the
// bench user (田东's county administrator, reporting for villages of the county), each request
// with its own Idempotency-Key, spread over the county's villages and three categories that need
// no photo. Afterwards the events written must be the 201 answers plus at most the requests still
// in flight when the clock stopped.

const CLIENTS = 50;
const SECONDS = Number(process.env.ZX_BENCH_HTTP_SECONDS ?? 10);
const CATEGORIES = ['E14', 'E05', 'E01'];

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  written: number;
  statuses: string;
  total: number;
}

const loginAt = async (base: string) => {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_USER),
  });
  if (!res.ok) throw new Error(`bench log-in failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': (await res.json()).csrfToken as string };
};

const fileReports = async (env: BenchEnv): Promise<Figures> => {
  const q = env.services.database.rawQuery;
  const villages = (
    await q<{ code: string }>(
      `select code from regions where code >= '451022' and code < '451022z' and level = 'village' order by code`,
    )
  ).map((r) => r.code);
  const categories = await q<{ id: string }>(
    `select id from event_categories where region_code = '451022000000' and code = any($1) order by code`,
    [CATEGORIES],
  );
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-bench-web-'));
  const app = await buildApp(env.services, { logger: false, webRoot });
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const headers = { ...(await loginAt(base)), 'content-type': 'application/json' };
    const [{ n: before }] = await q<{ n: number }>('select count(*)::int as n from events');
    let i = 0;
    const statuses = new Map<number, number>();
    const result = await autocannon({
      url: base,
      connections: CLIENTS,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          path: '/api/events',
          setupRequest: (req) => {
            const n = i++;
            return {
              ...req,
              headers: { ...headers, 'idempotency-key': `bench-${process.pid}-${n}` },
              body: JSON.stringify({
                categoryId: categories[n % categories.length].id,
                regionCode: villages[(n * 7) % villages.length],
                description: `基准测试上报第 ${n} 件：村口路灯坏了，晚上看不清路`,
              }),
            };
          },
          onResponse: (status) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          },
        },
      ],
    });
    const [{ n: after }] = await q<{ n: number }>('select count(*)::int as n from events');
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ok: statuses.get(201) ?? 0,
      errors: result.errors + result.timeouts,
      written: after - before,
      total: result.requests.total,
      statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
    };
  } finally {
    await app.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  }
};

export const eventsHttpEntries = (scale: string): BenchEntry[] => {
  let f: Figures | null = null;
  return [
    {
      name: `http POST /api/events (${CLIENTS} clients, autocannon)`,
      scale,
      once: true,
      app: async (env) => {
        f = await fileReports(env);
        // Requests still in flight when the clock stops are written without being counted.
        if (f.written < f.ok || f.written > f.ok + CLIENTS)
          throw new Error(`${f.ok} reports answered 201 but ${f.written} events written (${f.statuses})`);
      },
      note: () =>
        f
          ? `${f.rps.toFixed(0)} reports/s for ${SECONDS} s (${f.total} requests), latency p50 ${f.p50} ms, p99 ${f.p99} ms; ${f.statuses}; ${f.errors} errors; ${f.written} events written (201 answers + those in flight at the end)`
          : '',
    },
  ];
};
