import { parentPort, workerData } from 'node:worker_threads';
import { openPostgres } from '../server/platform/db/open';
import type { Database } from '../server/platform/db/types';
import { PiiCipher } from '../server/platform/pii/crypto';
import { loadPiiKeys } from '../server/platform/pii/keys';
import { type CountyPlan, flush, generateCounty, generateRows } from './county';
import type { CopyCsv, ToMain, ToWorker, WorkerSetup } from './threads';

// A generator thread (see threads.ts). It derives the same keys as the main thread from the same
// configuration. `county` jobs run a whole county on the thread's own PostgreSQL connection;
// `rows` jobs generate a planned county and send its CSV to the main thread, which copies it, at
// most two batches ahead of the writer.

const setup = workerData as WorkerSetup;
const port = parentPort as NonNullable<typeof parentPort>;
const post = (message: ToMain) => port.postMessage(message);
const pii = new PiiCipher(loadPiiKeys(setup.secret, setup.dataDir));
let database: Promise<Database> | undefined;

const AHEAD = 2;
let inFlight = 0;
let room: (() => void) | undefined;

/** Encodes a batch as the COPY statements flush() would send, without sending them. */
const encode = async (batch: Parameters<typeof flush>[1]): Promise<CopyCsv[]> => {
  const copies: CopyCsv[] = [];
  await flush(
    {
      copyCsv: async (table, columns, chunks) => {
        const list: string[] = [];
        for await (const chunk of chunks) list.push(chunk);
        copies.push({ table, columns, chunks: list });
        return 0;
      },
    },
    batch,
  );
  return copies;
};

const rows = (plan: CountyPlan) =>
  generateRows(
    plan,
    pii,
    async (batch) => {
      const copies = await encode(batch);
      while (inFlight >= AHEAD) await new Promise<void>((resolve) => (room = resolve));
      inFlight++;
      post({ type: 'batch', copies });
    },
    (done) => post({ type: 'progress', countyCode: plan.countyCode, done: { ...done } }),
  );

port.on('message', async (job: ToWorker) => {
  if (job.type === 'written') {
    inFlight--;
    room?.();
    return;
  }
  if (job.type === 'close') {
    await (await database)?.close();
    port.close();
    return;
  }
  try {
    if (job.type === 'rows') {
      post({ type: 'rows-done', totals: await rows(job.plan) });
      return;
    }
    database ??= openPostgres(setup.url as string, 2);
    const { countyCode } = job.options;
    const result = await generateCounty(await database, pii, {
      ...job.options,
      onProgress: (done) => post({ type: 'progress', countyCode, done: { ...done } }),
    });
    post({ type: 'county-done', countyCode, result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
