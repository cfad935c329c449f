import { integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

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
