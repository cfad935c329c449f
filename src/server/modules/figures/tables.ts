import {
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

export { regionBoundaries } from './maps/tables';

// 驾驶舱 layouts and 一表通 report definitions (docs/dashboards.md): which catalogue figures a
// region shows, and the one-sheet reports a county (or township) defines once and downloads for
// any year. Values are never stored here: they are computed from the records every time.

/** The figures a region's dashboard shows; regions below without their own use the nearest above. */
export const figureDashboards = pgTable(
  'figure_dashboards',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    keys: jsonb('keys').$type<string[]>().notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('figure_dashboards_region_idx').on(t.regionCode)],
);

/** 一表通: rows (the townships or villages under whoever downloads it) × catalogue figures. */
export const figureReports = pgTable(
  'figure_reports',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    rowLevel: varchar('row_level', { length: 12 }).$type<'township' | 'village'>().notNull(),
    keys: jsonb('keys').$type<string[]>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    /** Bumped on every change (optimistic concurrency). */
    version: smallint('version').notNull().default(1),
  },
  (t) => [index('figure_reports_region_idx').on(t.regionCode)],
);
