import fs from 'node:fs';
import { type Ctx, inTransaction } from '../context';
import { writeAnnotatedCopy } from './annotate';
import { ImportErrors } from './import-errors';
import { type ImportJob, updateJob } from './jobs';
import { readSheet, type SheetRow } from './read';
import { RowsRejected } from './row-import';
import { type ImportLimits, noDataRows, screenRows } from './screen';
import type { ImportSheetSpec } from './spec';
import { clearStaged } from './staging';

export type Progress = (processed: number) => Promise<void>;

/** What a registry plugs into the framework. */
export interface Importer<S> {
  registry: string;
  spec: ImportSheetSpec;
  /**
   * Pass 1: checks every row and returns what the next steps need. Nothing reaches the real
   * tables; a `singlePass` importer may stage rows under `jobId` while no error has been found
   * (the framework clears the staging table whatever the outcome).
   */
  check(
    ctx: Ctx,
    rows: AsyncIterable<SheetRow>,
    errors: ImportErrors,
    progress: Progress,
    jobId: string,
  ): Promise<S>;
  /** Stages during `check`: the file is read once, and `stage` is not called. */
  singlePass?: boolean;
  /** Pass 2 (only when pass 1 found nothing): stages the rows in chunks outside any long transaction. */
  stage?(ctx: Ctx, jobId: string, state: S, rows: AsyncIterable<SheetRow>, progress: Progress): Promise<void>;
  /**
   * Inside one short transaction: moves the staged rows and writes one audit row. Returns counts.
   * A row importer may add errors and throw `RowsRejected`: everything is rolled back and the
   * file is rejected with its annotated copy.
   */
  commit(tx: Ctx, jobId: string, state: S, errors: ImportErrors): Promise<Record<string, number>>;
}

const running = new Set<Promise<void>>();
/** Lets the server (and tests) wait for imports still running before closing the database. */
export const waitForImports = () => Promise.all([...running]);

const throttled = (ctx: Ctx, jobId: string): Progress => {
  let last = 0;
  return async (n) => {
    if (n - last < 1000) return;
    last = n;
    await updateJob(ctx.db, jobId, { processedRows: n });
  };
};

type JobFiles = { upload: string; errors: string };

const execute = async <S>(
  ctx: Ctx,
  job: ImportJob,
  files: JobFiles,
  importer: Importer<S>,
  limits: ImportLimits,
) => {
  try {
    await checkAndImport(ctx, job, files, importer, limits);
  } finally {
    await clearStaged(ctx.db, job.id);
  }
};

/** "发现1234处错误 … 错误文件标出了前1000处（另有234处未标出）…" */
const rejection = (errors: ImportErrors) =>
  errors.more > 0
    ? `发现${errors.count}处错误，未导入任何数据。错误文件标出了前${errors.shown}处（另有${errors.more}处未标出），请按标红单元格的批注修改后重新导入，再看余下的错误。`
    : `发现${errors.count}处错误，未导入任何数据。请下载错误文件，按标红单元格的批注修改后重新导入。`;

const checkAndImport = async <S>(
  ctx: Ctx,
  job: ImportJob,
  files: JobFiles,
  importer: Importer<S>,
  limits: ImportLimits,
) => {
  const errors = new ImportErrors(importer.spec, limits.maxErrors);
  // Data rows read: every row of the file, whether it passed or not.
  const read = { rows: 0 };
  let state: S;
  try {
    state = await importer.check(
      ctx,
      screenRows(readSheet(files.upload, importer.spec), importer.spec, errors, limits.maxRows, read),
      errors,
      throttled(ctx, job.id),
      job.id,
    );
  } catch (error) {
    // A file the reader cannot take (not an .xlsx, a missing sheet or column): a message, not a 500.
    const message =
      error instanceof Error && /[\u4e00-\u9fa5]/.test(error.message)
        ? error.message
        : '文件无法读取，请确认是由模板填写的 .xlsx 文件';
    await updateJob(ctx.db, job.id, {
      status: 'rejected',
      message,
      processedRows: read.rows,
      finishedAt: new Date(),
    });
    return;
  }
  const total = read.rows;
  if (total === 0) {
    const message = noDataRows(importer.spec.name);
    await updateJob(ctx.db, job.id, { status: 'rejected', totalRows: 0, message, finishedAt: new Date() });
    return;
  }
  const reject = async () => {
    await writeAnnotatedCopy(files.upload, files.errors, importer.spec, errors);
    await updateJob(ctx.db, job.id, {
      status: 'rejected',
      totalRows: total,
      processedRows: total,
      errorCount: errors.count,
      errorFile: files.errors,
      summary: { errors: errors.listed() },
      message: rejection(errors),
      finishedAt: new Date(),
    });
  };
  if (errors.count > 0) return reject();
  await updateJob(ctx.db, job.id, {
    status: 'importing',
    totalRows: total,
    processedRows: importer.singlePass ? total : 0,
  });
  try {
    if (!importer.singlePass)
      await importer.stage?.(
        ctx,
        job.id,
        state,
        readSheet(files.upload, importer.spec),
        throttled(ctx, job.id),
      );
    const counts = await inTransaction(ctx, (tx) => importer.commit(tx, job.id, state, errors));
    await updateJob(ctx.db, job.id, {
      status: 'done',
      processedRows: total,
      summary: { counts },
      message: null,
      finishedAt: new Date(),
    });
  } catch (error) {
    if (error instanceof RowsRejected) return reject();
    const message =
      error instanceof Error && /[\u4e00-\u9fa5]/.test(error.message)
        ? error.message
        : '导入失败，未写入任何数据，请稍后重试';
    await updateJob(ctx.db, job.id, { status: 'failed', message, finishedAt: new Date() });
  }
};

/** Runs an import job in the background: check all → (annotated error file | stage → commit). */
export const startImport = <S>(
  ctx: Ctx,
  job: ImportJob,
  files: JobFiles,
  importer: Importer<S>,
  limits: ImportLimits,
) => {
  const work = execute(ctx, job, files, importer, limits)
    .catch(async () => {
      await updateJob(ctx.db, job.id, {
        status: 'failed',
        message: '导入失败，未写入任何数据',
        finishedAt: new Date(),
      }).catch(() => {});
    })
    .finally(() => {
      fs.rmSync(files.upload, { force: true });
      running.delete(work);
    });
  running.add(work);
  return work;
};
