import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { HOUSEHOLD_SHEET, householdSheetSpec } from '../../src/server/modules/households/import-spec';
import { MAX_UPLOAD_MB } from '../../src/server/platform/excel/upload';
import type { BenchEntry, BenchEnv } from '../harness';

// Bounded imports (issue 11): the largest file the households import accepts for checking, as
// many rows of junk as the row cap allows (IMPORT_MAX_ROWS, or ZX_BENCH_IMPORT_ROWS), every row
// full of errors, uploaded through the app and checked to the end (errors counted, the first
// IMPORT_MAX_ERRORS annotated). Prints the file size, the time to the job's end and the peak
// resident memory while it ran.   npm run bench -- --only largest --driver pglite

let file = '';
let rows = 0;
let bytes = 0;
let result = { ms: 0, peakRss: 0, baseRss: 0, maxRss: 0, job: {} as Record<string, unknown> };

const junk = (n: number) => (n * 2654435761).toString(36).slice(0, 8);

const prepare = async (env: BenchEnv) => {
  rows = Number(process.env.ZX_BENCH_IMPORT_ROWS ?? env.services.config.IMPORT_MAX_ROWS);
  file = path.join(os.tmpdir(), `zhenxing-bench-junk-${rows}.xlsx`);
  if (!fs.existsSync(file)) {
    const headers = householdSheetSpec([]).columns.map((c) => c.header);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = workbook.addWorksheet(HOUSEHOLD_SHEET);
    sheet.addRow(headers).commit();
    for (let r = 0; r < rows; r++) sheet.addRow(headers.map((_, c) => junk(r * 16 + c))).commit();
    sheet.commit();
    await workbook.commit();
  }
  bytes = fs.statSync(file).size;
  if (bytes > MAX_UPLOAD_MB * 2 ** 20)
    throw new Error(`junk file of ${bytes} bytes is over the upload limit`);
};

/** The upload as a multipart stream: the file is never held whole by the bench either. */
const multipartStream = (boundary: string) =>
  Readable.from(
    (async function* () {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="junk.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      );
      yield* fs.createReadStream(file);
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    })(),
  );

const checkLargest = async (env: BenchEnv) => {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  try {
    const boundary = `----zxbench${Date.now()}`;
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/households/import',
      headers: { ...env.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipartStream(boundary),
    });
    if (res.statusCode !== 202) throw new Error(`upload answered ${res.statusCode}: ${res.body}`);
    let job = res.json();
    while (job.status === 'validating' || job.status === 'importing') {
      await new Promise((r) => setTimeout(r, 200));
      job = JSON.parse((await env.http('GET', `/api/import-jobs/${job.id}`)).body);
    }
    result = {
      ms: performance.now() - t0,
      peakRss,
      baseRss,
      maxRss: process.resourceUsage().maxRSS * 1024,
      job: { status: job.status, totalRows: job.totalRows, errorCount: job.errorCount, message: job.message },
    };
  } finally {
    clearInterval(timer);
  }
};

const mib = (n: number) => `${Math.round(n / 2 ** 20)} MiB`;

export const importLimitEntries: BenchEntry[] = [
  {
    name: 'import check of the largest allowed file (row cap of junk)',
    scale: 'IMPORT_MAX_ROWS rows',
    once: true,
    prepare,
    app: checkLargest,
    note: () =>
      `${rows} rows, ${mib(bytes)} file; ${(result.ms / 1000).toFixed(1)} s to the job's end; peak RSS ${mib(result.peakRss)} (+${mib(result.peakRss - result.baseRss)} over ${mib(result.baseRss)} before), process maxRSS ${mib(result.maxRss)}; job ${JSON.stringify(result.job)}`,
  },
];
