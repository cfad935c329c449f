import { once } from 'node:events';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Database } from '../server/platform/db/types';
import {
  type CountyPlan,
  ensureCountyRegions,
  finishCounty,
  type GenerateOptions,
  type GenerateResult,
  planCounty,
  type Totals,
} from './county';

// Generating is CPU work in JavaScript (encryption, blind indexes, checks, CSV); copying is work
// for the database. Worker threads let the two overlap and use every core:
// - PostgreSQL, several counties: one thread per core, each with its own connection and its own
//   cipher, takes the next county until none is left; every county is still generated from its
//   own seed and numbered with its own prefix, so the result does not depend on the threads.
// - PGlite (one connection), or a single county: the main thread plans the county and copies;
//   one thread generates the rows and sends them as CSV, a couple of batches ahead.

/** What a thread needs to derive the app's keys, and the PostgreSQL it writes to. */
export interface WorkerSetup {
  secret?: string;
  dataDir: string;
  url?: string;
}
export interface CopyCsv {
  table: string;
  columns: string[];
  chunks: string[];
}
export type CountyJob = Omit<GenerateOptions, 'onProgress'>;
export type ToWorker =
  | { type: 'county'; options: CountyJob }
  | { type: 'rows'; plan: CountyPlan }
  | { type: 'written' }
  | { type: 'close' };
type Progress = Parameters<NonNullable<GenerateOptions['onProgress']>>[0];
export type ToMain =
  | { type: 'progress'; countyCode: string; done: Progress }
  | { type: 'batch'; copies: CopyCsv[] }
  | { type: 'rows-done'; totals: Totals }
  | { type: 'county-done'; countyCode: string; result: GenerateResult }
  | { type: 'error'; message: string };

export interface ThreadOptions {
  /** Threads for parallel counties; one per core when absent. */
  threads?: number;
  onProgress?: (countyCode: string, done: Progress) => void;
  onCounty?: (countyCode: string, result: GenerateResult) => void;
}

// The thread runs the TypeScript sources through tsx, under the CLI and under the tests alike.
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

const startWorker = (setup: WorkerSetup) =>
  new Worker(BOOT, {
    eval: true,
    // Generating allocates millions of short-lived rows and strings: a larger young generation
    // (64 MB semi-spaces) spends less time collecting them, 5–10 % less CPU in our runs.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
    workerData: {
      ...setup,
      tsx: import.meta.resolve('tsx/esm/api'),
      entry: new URL('./county-worker.ts', import.meta.url).href,
    },
  });

/** Sends a job; resolves with its last message, hands the others to `on`. */
const run = (worker: Worker, job: ToWorker, on: (m: ToMain) => void) =>
  new Promise<ToMain>((resolve, reject) => {
    const stop = (settle: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      settle();
    };
    const onMessage = (m: ToMain) => {
      if (m.type === 'error') stop(() => reject(new Error(m.message)));
      else if (m.type === 'county-done' || m.type === 'rows-done') stop(() => resolve(m));
      else on(m);
    };
    const onError = (error: Error) => stop(() => reject(error));
    const onExit = (code: number) => stop(() => reject(new Error(`生成线程意外退出（${code}）`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });

const close = async (worker: Worker) => {
  if (worker.threadId < 0) return;
  const exited = once(worker, 'exit');
  worker.postMessage({ type: 'close' } satisfies ToWorker);
  await exited;
};

/** One county: planned and copied here, generated in `worker`. */
const pipedCounty = async (database: Database, worker: Worker, job: CountyJob, o: ThreadOptions) => {
  const started = performance.now();
  const plan = await planCounty(database, job);
  let writing = Promise.resolve();
  let failed: unknown;
  const write = (copies: CopyCsv[]) => async () => {
    for (const c of copies) await database.copyCsv(c.table, c.columns, c.chunks);
    worker.postMessage({ type: 'written' } satisfies ToWorker);
  };
  const report = (done: Progress) => () => o.onProgress?.(job.countyCode, done);
  let last: ToMain;
  try {
    last = await run(worker, { type: 'rows', plan }, (m) => {
      if (m.type === 'batch') writing = writing.then(write(m.copies));
      if (m.type === 'progress') writing = writing.then(report(m.done));
      // A failed copy stops the thread, which would otherwise wait for room forever.
      writing = writing.catch((error) => {
        failed ??= error;
        void worker.terminate();
      });
    });
    await writing;
  } catch (error) {
    throw failed ?? error;
  }
  if (failed) throw failed;
  const totals = (last as Extract<ToMain, { type: 'rows-done' }>).totals;
  await finishCounty(database, plan, totals);
  return { ...totals, ms: performance.now() - started };
};

/**
 * The counties of `jobs` into `database`, in threads; results in the order of `jobs`. The same
 * seeds give the same rows as generateCounty in this thread.
 */
export const generateCountiesInThreads = async (
  database: Database,
  setup: Omit<WorkerSetup, 'url'>,
  jobs: CountyJob[],
  o: ThreadOptions = {},
): Promise<GenerateResult[]> => {
  const results: GenerateResult[] = [];
  const parallel = database.kind === 'postgres' && jobs.length > 1;
  if (!parallel) {
    const worker = startWorker(setup);
    try {
      for (const job of jobs) {
        results.push(await pipedCounty(database, worker, job, o));
        o.onCounty?.(job.countyCode, results[results.length - 1]);
      }
    } finally {
      await close(worker);
    }
    return results;
  }
  // Region imports touch the shared province and prefecture rows: one at a time, before the threads.
  for (const job of jobs) await ensureCountyRegions(database, job.countyCode);
  let next = 0;
  const lane = async () => {
    const worker = startWorker({ ...setup, url: database.url });
    try {
      while (next < jobs.length) {
        const i = next++;
        const done = await run(worker, { type: 'county', options: jobs[i] }, (m) => {
          if (m.type === 'progress') o.onProgress?.(m.countyCode, m.done);
        });
        results[i] = (done as Extract<ToMain, { type: 'county-done' }>).result;
        o.onCounty?.(jobs[i].countyCode, results[i]);
      }
    } catch (error) {
      next = jobs.length; // the other threads take no new county
      throw error;
    } finally {
      await close(worker);
    }
  };
  const threads = Math.max(1, Math.min(jobs.length, o.threads ?? os.availableParallelism()));
  await Promise.all(Array.from({ length: threads }, lane));
  return results;
};
