import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../src/server/platform/context';
import type { Services } from '../src/server/platform/http/types';

// The benchmark harness: each entry does one piece of work through the application (use case or
// HTTP API) and the same work as raw SQL on the driver; the table shows both and their ratio.

export interface BenchEnv {
  services: Services;
  /** A county-admin context (田东) for use cases. */
  ctx: Ctx;
  /** An administrator of the prefecture 黔东南 (5226), for prefecture-scale entries. */
  prefectureCtx: Ctx;
  /** The app itself and the log-in headers (cookie + CSRF), for requests `http` cannot send (uploads). */
  app: FastifyInstance;
  headers: Record<string, string>;
  /** An authenticated request against the app (cookie + CSRF), for HTTP-level entries. */
  http: (
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
  ) => Promise<{ statusCode: number; body: string }>;
}

export interface BenchEntry {
  name: string;
  scale: string;
  app: (env: BenchEnv) => Promise<unknown>;
  /** The same work as raw SQL; absent where there is nothing to compare with (generation speed). */
  raw?: (env: BenchEnv) => Promise<unknown>;
  /** Long work (an import): time one run of each side instead of the median of many. */
  once?: boolean;
  /** Work before timing (building a file …), not timed. */
  prepare?: (env: BenchEnv) => Promise<unknown>;
  /** Extra figures after the run (rows per second, peak memory …). */
  note?: () => string;
  /** Cleaning up after the run (a server the entry started). */
  finish?: (env: BenchEnv) => Promise<unknown>;
}

export interface BenchResult {
  operation: string;
  driver: string;
  scale: string;
  appMs: number;
  rawMs: number;
  ratio: number;
  runs: number;
  note?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Median time of `work` after a warm-up, running up to `maxRuns` times or `budgetMs`. */
export const timeIt = async (work: () => Promise<unknown>, maxRuns = 300, budgetMs = 3000) => {
  for (let i = 0; i < 10; i++) await work();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && performance.now() - started < budgetMs) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times.length };
};

const timeOnce = async (work: () => Promise<unknown>) => {
  const t0 = performance.now();
  await work();
  return { ms: performance.now() - t0, runs: 1 };
};

export const runEntry = async (entry: BenchEntry, env: BenchEnv): Promise<BenchResult> => {
  await entry.prepare?.(env);
  const time = entry.once ? timeOnce : timeIt;
  // Interleave so that neither side profits from a warmer cache.
  const raw = entry.raw;
  const none = { ms: Number.NaN, runs: 0 };
  const raw1 = raw ? await time(() => raw(env)) : none;
  const app = await time(() => entry.app(env));
  const raw2 = raw && !entry.once ? await time(() => raw(env)) : raw1;
  const rawMs = Math.min(raw1.ms, raw2.ms);
  await entry.finish?.(env);
  return {
    operation: entry.name,
    driver: env.services.database.kind,
    scale: entry.scale,
    appMs: app.ms,
    rawMs,
    ratio: app.ms / rawMs,
    runs: app.runs,
    note: entry.note?.(),
  };
};

export const printTable = (results: BenchResult[]) => {
  const rows = results.map((r) => [
    r.operation,
    r.driver,
    r.scale,
    r.appMs.toFixed(3),
    Number.isNaN(r.rawMs) ? '—' : r.rawMs.toFixed(3),
    Number.isNaN(r.ratio) ? '—' : r.ratio.toFixed(2),
  ]);
  const head = ['operation', 'driver', 'scale', 'app ms', 'raw SQL ms', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  for (const r of results) if (r.note) console.log(`${r.operation} (${r.driver}): ${r.note}`);
};

export const writeResults = (results: BenchResult[]) => {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {}
  const file = path.join(
    import.meta.dirname,
    'results',
    `${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  const machine = {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
  fs.writeFileSync(file, `${JSON.stringify({ commit, node: process.version, machine, results }, null, 2)}\n`);
  return file;
};
