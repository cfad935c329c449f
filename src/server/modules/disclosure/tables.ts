import {
  boolean,
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
import type {
  DisclosureChange,
  DisclosureFrequency,
  DisclosureSource,
  DisclosureStatus,
  DisclosureTable,
} from '../../../contracts/api/disclosure';
import { registryColumns } from '../../platform/db/columns';

// 十公开 (DOMAIN.md §8): the county's catalogue of the ten kinds with their frequency, and the
// village's disclosure items. A published item is never edited or deleted: a correction or a
// withdrawal is a new version of the same series (series_id), and the version it replaces is kept
// and marked 已更正 / 已撤回 (superseded_by_id, superseded_at).

/** 公开类别: one county's catalogue (seeded with the ten kinds when the county is imported). */
export const disclosureKinds = pgTable(
  'disclosure_kinds',
  {
    ...registryColumns(), // the county's 12-digit code
    code: varchar('code', { length: 8 }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    frequency: varchar('frequency', { length: 12 }).$type<DisclosureFrequency>().notNull(),
    /** The records an item of this kind may be drafted from (从记录生成), or null. */
    source: varchar('source', { length: 12 }).$type<DisclosureSource>(),
    /** 政策受益对象: name columns of its tables are masked (张*) before publication. */
    beneficiaries: boolean('beneficiaries').notNull().default(false),
    sortOrder: smallint('sort_order').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('disclosure_kinds_code_idx').on(t.regionCode, t.code)],
);

/** 公开事项: one version of a village's disclosure. */
export const disclosureItems = pgTable(
  'disclosure_items',
  {
    ...registryColumns(), // the village's 12-digit code
    kindId: uuid('kind_id').notNull(),
    /** The first version's id: every correction and withdrawal of it shares it. */
    seriesId: uuid('series_id').notNull(),
    version: smallint('version').notNull().default(1),
    /** The published version this one corrects or withdraws. */
    replacesId: uuid('replaces_id'),
    change: varchar('change', { length: 12 }).$type<DisclosureChange>().notNull().default('original'),
    /** Why it is corrected or withdrawn (required for both). */
    changeReason: text('change_reason'),
    title: text('title').notNull(),
    /** 2026年第四季度, 2026年3月, 2026年度 … as posted. */
    period: text('period').notNull(),
    year: smallint('year').notNull(),
    body: text('body').notNull().default(''),
    content: jsonb('content').$type<DisclosureTable | null>(),
    /** Which records a generated draft came from (points, stars, projects, income). */
    source: varchar('source', { length: 12 }).$type<DisclosureSource>(),
    status: varchar('status', { length: 12 }).$type<DisclosureStatus>().notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    supersededById: uuid('superseded_by_id'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('disclosure_items_region_idx').on(t.regionCode, t.year),
    index('disclosure_items_series_idx').on(t.seriesId),
    index('disclosure_items_status_idx').on(t.status, t.regionCode),
  ],
);
