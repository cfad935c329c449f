import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { householdSheetRows, writeHouseholdWorkbook } from '../../src/generator/household-workbook';
import { PROFILES } from '../../src/generator/profiles';
import { Rng } from '../../src/generator/random';
import { householdImporter } from '../../src/server/modules/households/import-households';
import { villagesInScope } from '../../src/server/modules/households/import-villages';
import { csvLine } from '../../src/server/platform/db/csv';
import { createJob, getJobInScope } from '../../src/server/platform/excel/jobs';
import { startImport } from '../../src/server/platform/excel/run-import';
import { importLimits } from '../../src/server/platform/excel/screen';
import { jobFiles } from '../../src/server/platform/excel/upload';
import type { BenchEntry, BenchEnv } from '../harness';

// The households import at county scale: an .xlsx of 100k generated households (about 360k
// persons), imported through the application (check whole file → stage → one transaction),
// against exceljs' streaming read of the same file plus COPY of its rows into a bare table.
// ZX_BENCH_IMPORT_HOUSEHOLDS changes the size.

const HOUSEHOLDS = Number(process.env.ZX_BENCH_IMPORT_HOUSEHOLDS ?? 100_000);
const file = path.join(os.tmpdir(), `zhenxing-bench-import-${HOUSEHOLDS}.xlsx`);
let persons = 0;
let written: Promise<void> | null = null;
let peak = { rss: 0, heap: 0 };
let lastMs = 0;
let runs = 0;

const prepare = async (env: BenchEnv) => {
  written ??= (async () => {
    if (process.env.ZX_BENCH_REUSE_FILE && fs.existsSync(file)) {
      persons = -1;
      return;
    }
    const { labels } = await villagesInScope(env.ctx);
    const villages = labels.map((label) => ({ code: '', label }));
    persons = await writeHouseholdWorkbook(
      file,
      // ID numbers of a neighbouring county's prefix: the generated 田东 already holds 451022's.
      householdSheetRows(
        new Rng(2026),
        { ...PROFILES['451022'], countyCode: '451021' },
        villages,
        HOUSEHOLDS,
        new Date(),
        'I',
      ),
    );
  })();
  await written;
  await env.services.database.rawQuery(
    `create table if not exists bench_import_raw (${Array.from({ length: 15 }, (_, i) => `c${i} text`).join(', ')})`,
  );
};

/** Samples the process's memory while `work` runs. */
const watchMemory = async <T>(work: () => Promise<T>) => {
  const base = process.memoryUsage();
  peak = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, m.rss - base.rss), heap: Math.max(peak.heap, m.heapUsed) };
  };
  const timer = setInterval(sample, 100);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    sample();
  }
};

const appImport = async (env: BenchEnv) => {
  const ctx = env.ctx;
  const job = await createJob(ctx, 'households', 'bench.xlsx');
  const files = jobFiles(env.services.config.dataDir, job.id);
  fs.copyFileSync(file, files.upload);
  // Each run imports a fresh set of household numbers and ID numbers: run once per database.
  runs++;
  const t0 = performance.now();
  const limits = importLimits(env.services.config);
  await watchMemory(async () =>
    startImport(ctx, job, files, await householdImporter(ctx, 'bench.xlsx'), limits),
  );
  lastMs = performance.now() - t0;
  const done = await getJobInScope(ctx, job.id);
  if (done.status !== 'done')
    throw new Error(`import ${done.status}: ${done.message} ${JSON.stringify(done.summary)}`);
};

async function* rawCsv() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let chunk = '';
    let first = true;
    for await (const row of sheet) {
      if (first) {
        first = false;
        continue;
      }
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      chunk += csvLine(Array.from({ length: 15 }, (_, i) => (values[i] == null ? null : String(values[i]))));
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
}

const rawImport = async (env: BenchEnv) => {
  await env.services.database.rawQuery('truncate bench_import_raw');
  await env.services.database.copyCsv(
    'bench_import_raw',
    Array.from({ length: 15 }, (_, i) => `c${i}`),
    rawCsv(),
  );
};

export const householdImportEntries: BenchEntry[] = [
  {
    name: 'households import from .xlsx (check + stage + commit)',
    scale: `${HOUSEHOLDS / 1000}k households`,
    once: true,
    prepare,
    app: appImport,
    raw: rawImport,
    note: () =>
      `${persons} person rows, ${Math.round(persons / (lastMs / 1000))} rows/s; peak RSS +${Math.round(peak.rss / 2 ** 20)} MiB, peak heap ${Math.round(peak.heap / 2 ** 20)} MiB (run ${runs})`,
  },
];
