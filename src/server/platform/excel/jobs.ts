import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import type { Db } from '../db/types';
import { getInScope, scopeOf } from '../scope';
import { importJobs } from './tables';

export type ImportJob = typeof importJobs.$inferSelect;
export type JobStatus = 'validating' | 'rejected' | 'importing' | 'done' | 'failed';

export const createJob = async (
  ctx: Ctx,
  registry: string,
  fileName: string,
  id = randomUUID(),
): Promise<ImportJob> => {
  const [job] = await ctx.db
    .insert(importJobs)
    .values({
      id,
      regionCode: ctx.actor.scopeCode,
      registry,
      status: 'validating',
      fileName: fileName.slice(0, 200),
      createdBy: ctx.actor.userId,
    })
    .returning();
  return job;
};

export const updateJob = (db: Db, id: string, patch: Partial<Omit<ImportJob, 'id'>>) =>
  db.update(importJobs).set(patch).where(eq(importJobs.id, id));

/** A job of the caller's scope, or NotFound. */
export const getJobInScope = (ctx: Ctx, id: string) => getInScope(ctx.db, importJobs, id, scopeOf(ctx.actor));

export const toJobView = (job: ImportJob) => ({
  id: job.id,
  registry: job.registry,
  status: job.status as JobStatus,
  fileName: job.fileName,
  totalRows: job.totalRows,
  processedRows: job.processedRows,
  errorCount: job.errorCount,
  hasErrorFile: job.errorFile !== null,
  errors: ((job.summary as { errors?: string[] } | null)?.errors ?? []) as string[],
  summary: (job.summary as { counts?: Record<string, number> } | null)?.counts ?? null,
  message: job.message,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});
