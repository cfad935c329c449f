import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { generateCounty } from '../../src/generator/county';
import { buildApp } from '../../src/server/app';
import { WEB_DIST } from '../../src/server/platform/http/static';
import type { BenchEntry, BenchEnv } from '../harness';

// HTTP-level figures through the real server (npm run build first): the bytes a phone downloads
// for the log-in page and the home page, driven in Chromium, and requests per second of a page
// of the household list with and without compression.

export const BENCH_USER = { username: 'bench', password: 'Bench-password-2026' };

interface Server {
  app: FastifyInstance;
  base: string;
}

const startServer = async (env: BenchEnv): Promise<Server> => {
  const app = await buildApp(env.services, { logger: false, webRoot: WEB_DIST });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
};

// ---- bytes over the wire -------------------------------------------------------------------

interface Transfer {
  type: string;
  bytes: number;
  encoding: string;
  /** Served from the browser's cache (hashed assets are immutable): nothing over the wire. */
  cached: boolean;
}

/** Records every response of `page` with its body size as sent (compressed when it was). */
const recordTransfers = (page: Page) => {
  const transfers: Promise<Transfer>[] = [];
  page.on('response', (res: Response) => {
    transfers.push(
      (async () => {
        const sizes = await res.request().sizes();
        const headers = await res.allHeaders();
        return {
          type: res.request().resourceType(),
          // Chromium reports -1 for a response it took from its cache.
          bytes: Math.max(0, sizes.responseBodySize),
          encoding: headers['content-encoding'] ?? 'none',
          cached: sizes.responseBodySize < 0,
        };
      })(),
    );
  });
  return async () => Promise.all(transfers.splice(0));
};

const summarize = (label: string, transfers: Transfer[], violations: string[]) => {
  const byType = new Map<string, number>();
  for (const t of transfers) byType.set(t.type, (byType.get(t.type) ?? 0) + t.bytes);
  const kb = (n: number) => (n / 1024).toFixed(1);
  const total = transfers.reduce((s, t) => s + t.bytes, 0);
  const encodings = [...new Set(transfers.filter((t) => t.type === 'script').map((t) => t.encoding))];
  const types = [...byType].map(([type, bytes]) => `${type} ${kb(bytes)} KB`).join(', ');
  const csp = violations.length ? `; CSP VIOLATIONS: ${violations.join(' | ')}` : '; no CSP violations';
  const cached = transfers.filter((t) => t.cached).length;
  const fromCache = cached ? `, ${cached} from the browser cache` : '';
  return `${label}: ${kb(total)} KB in ${transfers.length} responses${fromCache} (${types}; scripts ${encodings.join('/')})${csp}`;
};

/** A fresh browser context (empty cache) that notes CSP violations and console errors. */
const openPage = async (base: string, acceptEncoding?: string) => {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 375, height: 740 },
    locale: 'zh-CN',
    ...(acceptEncoding ? { extraHTTPHeaders: { 'accept-encoding': acceptEncoding } } : {}),
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
      violations.push(m.text());
  });
  return { browser, page, violations, done: recordTransfers(page) };
};

const PAGES_CHECKED = ['/households', '/points-boards', '/orgs', '/users', '/audit'];

const measurePages = async (env: BenchEnv) => {
  const server = await startServer(env);
  try {
    const notes: string[] = [];
    // Log-in page, then log in through the form: what the home page adds on top.
    const first = await openPage(server.base);
    await first.page.goto('/login', { waitUntil: 'networkidle' });
    notes.push(summarize('log-in page', await first.done(), first.violations));
    // The same over plain HTTP on a LAN, where browsers accept gzip but not brotli.
    const gzip = await openPage(server.base, 'gzip, deflate');
    await gzip.page.goto('/login', { waitUntil: 'networkidle' });
    notes.push(summarize('log-in page, gzip', await gzip.done(), gzip.violations));
    await gzip.browser.close();
    await first.page.getByTestId('login-username').fill(BENCH_USER.username);
    await first.page.getByTestId('login-password').fill(BENCH_USER.password);
    await first.page.getByTestId('login-submit').click();
    await first.page.getByTestId('app-content').waitFor();
    await first.page.waitForLoadState('networkidle');
    notes.push(summarize('home page after log-in', await first.done(), first.violations));
    const cookies = await first.page.context().cookies();
    await first.browser.close();
    // The home page opened cold (empty cache) by a logged-in user, and the API docs.
    const cold = await openPage(server.base);
    await cold.page.context().addCookies(cookies);
    await cold.page.goto('/', { waitUntil: 'networkidle' });
    await cold.page.getByTestId('app-content').waitFor();
    notes.push(summarize('home page cold', await cold.done(), cold.violations));
    // Pages with tables, charts, trees and forms render under the same policy.
    for (const url of PAGES_CHECKED) {
      await cold.page.goto(url, { waitUntil: 'networkidle' });
      await cold.page.getByTestId('app-content').waitFor();
    }
    notes.push(summarize(`${PAGES_CHECKED.join(' ')} visited`, await cold.done(), cold.violations));
    await cold.page.goto('/api/docs/', { waitUntil: 'networkidle' });
    await cold.page.locator('.swagger-ui .info').waitFor();
    notes.push(summarize('API docs', await cold.done(), cold.violations));
    await cold.browser.close();
    return notes;
  } finally {
    await server.app.close();
  }
};

// ---- requests per second -------------------------------------------------------------------

const HOUSEHOLDS_URL = '/api/households?page=1&pageSize=50';

const loginCookie = async (base: string) => {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_USER),
  });
  if (!res.ok) throw new Error(`bench log-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
};

/** One GET, reading the body as sent (no decompression on the client side). */
const getOnce = (agent: http.Agent, base: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(`${base}${HOUSEHOLDS_URL}`, { agent, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`status ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });

/** CONNECTIONS loops, each sending the next request when the last one is answered. */
const load = async (base: string, headers: Record<string, string>, seconds: number, connections = 10) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  let requests = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        // Awaited first: `bytes += await …` would add to the total read before the wait.
        const received = await getOnce(agent, base, headers);
        bytes += received;
        requests++;
      }
    }),
  );
  agent.destroy();
  return { rps: requests / seconds, bytesPerResponse: bytes / requests };
};

const LOAD_SECONDS = Number(process.env.ZX_BENCH_HTTP_SECONDS ?? 10);

const rpsEntry = (encoding: 'br' | 'gzip' | 'identity'): BenchEntry => {
  let server: Server | null = null;
  let headers: Record<string, string> = {};
  let result = { rps: 0, bytesPerResponse: 0 };
  let rows = '';
  return {
    name: `http GET /api/households (50 rows, ${encoding})`,
    scale: 'county',
    prepare: async (env) => {
      await households(env);
      server = await startServer(env);
      headers = { cookie: await loginCookie(server.base), 'accept-encoding': encoding };
      const page = await (await fetch(`${server.base}${HOUSEHOLDS_URL}`, { headers })).json();
      rows = `${page.items.length} of ${page.total} households`;
      result = await load(server.base, headers, LOAD_SECONDS);
    },
    app: async () => {
      const agent = new http.Agent({ keepAlive: true });
      await getOnce(agent, server!.base, headers);
      agent.destroy();
    },
    note: () =>
      `${rows}: ${result.rps.toFixed(0)} requests/s with 10 connections for ${LOAD_SECONDS} s, ${(result.bytesPerResponse / 1024).toFixed(1)} KB per response`,
    finish: async () => {
      await server?.app.close();
    },
  };
};

// A few villages of 田东 (not the whole county: the list reads one page either way).
const seeded = new WeakSet<object>();
const households = async (env: BenchEnv) => {
  if (seeded.has(env.services.database)) return;
  seeded.add(env.services.database);
  await generateCounty(env.services.database, env.services.pii, {
    countyCode: '451022',
    seed: 2026,
    villages: 3,
    householdsPerVillage: 60,
  });
};

export const httpEntries: BenchEntry[] = [
  (() => {
    let notes: string[] = [];
    return {
      name: 'http web bytes (log-in and home page, Chromium)',
      scale: 'county',
      once: true,
      app: async (env: BenchEnv) => {
        notes = await measurePages(env);
      },
      note: () => notes.join('\n  '),
    };
  })(),
  rpsEntry('br'),
  rpsEntry('gzip'),
  rpsEntry('identity'),
];
