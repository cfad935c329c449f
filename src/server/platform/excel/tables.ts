import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

// Excel import jobs: progress for the UI, and where the annotated error file lies.
export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey(),
  regionCode: varchar('region_code', { length: 15 }).notNull(),
  registry: varchar('registry', { length: 32 }).notNull(),
  status: varchar('status', { length: 16 }).notNull(), // 'validating' | 'rejected' | 'importing' | 'done' | 'failed'
  fileName: text('file_name').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  errorFile: text('error_file'),
  summary: jsonb('summary'),
  message: text('message'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

// Staging for big imports: validated rows land here in short chunks, outside any long
// transaction, then one short transaction moves them into the real tables (STACK-NOTES: PGlite
// runs one transaction at a time). Rows are deleted when the job ends.
export const importRows = pgTable(
  'import_rows',
  {
    jobId: uuid('job_id').notNull(),
    seq: integer('seq').notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    payload: jsonb('payload').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.kind, t.seq] })],
);
