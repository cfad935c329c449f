import { z } from 'zod';

// Excel import jobs, shared by every registry: the UI polls one for its progress bar.
export const importJobStatusSchema = z.enum(['validating', 'rejected', 'importing', 'done', 'failed']);

export const importJobSchema = z.object({
  id: z.string(),
  registry: z.string(),
  status: importJobStatusSchema,
  fileName: z.string(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  errorCount: z.number().int(),
  hasErrorFile: z.boolean(),
  /** The first problems, "第12行 D列（身份证号）：…"; the error file has them all. */
  errors: z.array(z.string()),
  summary: z.record(z.string(), z.number()).nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobSchema>;
