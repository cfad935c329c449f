import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { Department } from '../../../contracts/roles';

// Grid events (issue 12, DOMAIN.md §5, CATALOGUES.md §5 and §6): a villager or grid worker reports,
// the village handles, the township blows the whistle (吹哨) and departments report for duty (报到).
// docs/events.md explains the states, the stages and their time limits.

/** Who handles an event first, and the levels an event moves through. */
export type HandlingLevel = 'village' | 'township' | 'department';

/** A time limit: an amount of working days, calendar days or hours. */
export interface TimeLimit {
  amount: number;
  unit: 'wd' | 'd' | 'h';
}

/** The stages a category limits (CATALOGUES.md §5 table 2). */
export type StageKind = 'accept' | 'village' | 'township' | 'acknowledge' | 'handle' | 'review';
export type StageLimits = Partial<Record<StageKind, TimeLimit>>;

/** What a report of the category must carry beyond category and text. */
export type RequiredField = 'photo' | 'location' | 'household';

/**
 * 事件类别: the county's editable catalogue (CATALOGUES.md §5 by default), one row per category and
 * county. An event keeps its category's limits as they were when each stage opened (event_stages).
 */
export const eventCategories = pgTable(
  'event_categories',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    handlingLevel: varchar('handling_level', { length: 12 }).$type<HandlingLevel>().notNull(),
    // The departments the township usually dispatches to (吹哨), first one preselected.
    departments: jsonb('departments').$type<Department[]>().notNull().default([]),
    limits: jsonb('limits').$type<StageLimits>().notNull(),
    requiredFields: jsonb('required_fields').$type<RequiredField[]>().notNull().default([]),
    // Life or property at risk: the page says call 110/119 first; limits in hours.
    urgent: boolean('urgent').notNull().default(false),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_categories_code_idx').on(t.regionCode, t.code)],
);

export type EventStatus =
  | 'draft' // 未提交: kept by its reporter until its photos are uploaded
  | 'reported' // 待受理: waiting for the village to accept
  | 'village' // 村级办理中
  | 'township' // 乡镇办理中 (escalated, or a township-level category)
  | 'dispatched' // 部门办理中: the township blew the whistle
  | 'reviewing' // 待乡镇审核: every department has handled its part
  | 'closed' // 已办结: waiting for the reporter's rating
  | 'rated' // 已评价 (final)
  | 'returned' // 已退回 to the reporter with a reason (not an event to handle)
  | 'merged' // 已合并 into another report (merged_into), which it follows
  | 'withdrawn'; // 已撤回 by the reporter

export type EventSource = 'villager' | 'grid_worker' | 'staff' | 'service' | 'open311' | 'visit';

/**
 * 网格事件: region_code is the village (or villager group) the event is in; the current owner is
 * `level` (and the dispatches' departments while dispatched). stage_* mirror the open row of
 * event_stages so lists and the home page read one table.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    // Short number for people: 事件编号 451022-2026-000123 is built from these.
    serial: integer('serial').notNull(),
    year: smallint('year').notNull(),
    categoryId: uuid('category_id').notNull(),
    categoryCode: varchar('category_code', { length: 16 }).notNull(),
    gridId: uuid('grid_id'),
    householdId: uuid('household_id'),
    serviceItemId: uuid('service_item_id'),
    source: varchar('source', { length: 12 }).$type<EventSource>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    // Where: WGS84 (converted from GCJ-02 where a phone map gives it), both or neither.
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    address: text('address'),
    status: varchar('status', { length: 12 }).$type<EventStatus>().notNull(),
    level: varchar('level', { length: 12 }).$type<HandlingLevel | 'county'>().notNull(),
    reporterId: uuid('reporter_id'),
    // The name as the reporter gave it; never published (boards show category, village, owner unit).
    reporterName: text('reporter_name'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    // The open stage (event_stages), copied here for queues, warnings and overdue lists.
    stageKind: varchar('stage_kind', { length: 12 }).$type<StageKind>(),
    stageStartedAt: timestamp('stage_started_at', { withTimezone: true }),
    stageWarnAt: timestamp('stage_warn_at', { withTimezone: true }),
    stageDueAt: timestamp('stage_due_at', { withTimezone: true }),
    // Escalations by the sweep so far (0, 1 = to the township, 2 = to the county's attention).
    escalations: smallint('escalations').notNull().default(0),
    rating: smallint('rating'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    // A rating of 1–2 reopens the event once (返工, counted as redo).
    redoCount: smallint('redo_count').notNull().default(0),
    mergedInto: uuid('merged_into'),
    // The record the event came from: the household visit (source 'visit') that passed it on.
    originId: uuid('origin_id'),
    reason: text('reason'),
    // The phone's key for a report written offline: sent again, it finds the same event.
    idempotencyKey: varchar('idempotency_key', { length: 160 }).unique(),
    // Open311 `token` for a request posted through /open311/v2.
    open311Token: uuid('open311_token').unique(),
    // The photo link an Open311 client sent (`media_url`, the partner's own public URL).
    mediaUrl: text('media_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('events_serial_idx').on(t.year, t.regionCode, t.serial),
    index('events_queue_idx').on(t.regionCode, t.status, t.reportedAt),
    index('events_due_idx').on(t.stageDueAt).where(sql`stage_due_at is not null`),
    index('events_grid_idx').on(t.gridId, t.categoryCode, t.status),
    index('events_household_idx').on(t.householdId),
    index('events_reporter_idx').on(t.reporterId, t.reportedAt),
    check('events_rating_check', sql`rating between 1 and 5`),
    check('events_location_check', sql`(lat is null) = (lng is null)`),
  ],
);

/**
 * 吹哨派单: one row per department the township dispatched an event to. Each department
 * acknowledges (报到) and then handles its part with photos of the result (attachments of kind
 * event_dispatch), or returns a wrong dispatch with a reason.
 */
export type DispatchStatus = 'sent' | 'acknowledged' | 'handled' | 'returned' | 'cancelled';

export const eventDispatches = pgTable(
  'event_dispatches',
  {
    id: uuid('id').primaryKey(),
    // The event's village: scope is checked on the event's region like every other row.
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    eventId: uuid('event_id').notNull(),
    department: varchar('department', { length: 32 }).$type<Department>().notNull(),
    status: varchar('status', { length: 12 }).$type<DispatchStatus>().notNull(),
    // The round of dispatching (a review that returns the event starts round 2 …).
    round: smallint('round').notNull().default(1),
    note: text('note'),
    sentBy: uuid('sent_by'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    ackDueAt: timestamp('ack_due_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by'),
    handleDueAt: timestamp('handle_due_at', { withTimezone: true }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by'),
    result: text('result'),
    reason: text('reason'),
  },
  (t) => [
    index('event_dispatches_event_idx').on(t.eventId),
    index('event_dispatches_queue_idx').on(t.department, t.status, t.regionCode),
  ],
);

/**
 * 办理时限: one row per stage an event went through (accept, village handling, township
 * handling, a department's acknowledgement and handling, review), with its owner, its limit as
 * it was when the stage opened, and how it ended. KPIs (on-time rate, handling time) are computed
 * from these rows; the sweep marks warnings and escalations on them with conditional updates, so
 * two server instances never warn or escalate a stage twice.
 */
export type StageOwner = 'village' | 'township' | 'county' | Department;
export type StageOutcome = 'done' | 'escalated' | 'returned' | 'cancelled';

export const eventStages = pgTable(
  'event_stages',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    eventId: uuid('event_id').notNull(),
    dispatchId: uuid('dispatch_id'),
    kind: varchar('kind', { length: 12 }).$type<StageKind>().notNull(),
    owner: varchar('owner', { length: 32 }).$type<StageOwner>().notNull(),
    limit: jsonb('limit').$type<TimeLimit>(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    warnAt: timestamp('warn_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    outcome: varchar('outcome', { length: 12 }).$type<StageOutcome>(),
    // Working days the stage took (computed on the county calendar when it ends).
    workingDays: doublePrecision('working_days'),
  },
  (t) => [
    index('event_stages_event_idx').on(t.eventId, t.startedAt),
    index('event_stages_open_due_idx').on(t.dueAt).where(sql`ended_at is null`),
    index('event_stages_owner_idx').on(t.regionCode, t.owner, t.startedAt),
  ],
);

/** Villagers who said "this is my problem too" (跟进) instead of filing a duplicate. */
export const eventFollowers = pgTable(
  'event_followers',
  {
    eventId: uuid('event_id').notNull(),
    userId: uuid('user_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_followers_pk').on(t.eventId, t.userId),
    index('event_followers_user_idx').on(t.userId),
  ],
);

/**
 * 工作日历: the county's additions to the national calendar of chinese-days (a local festival as a
 * holiday, an extra working day), editable by the county.
 */
export const eventCalendarDays = pgTable(
  'event_calendar_days',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    kind: varchar('kind', { length: 8 }).$type<'holiday' | 'workday'>().notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_calendar_days_day_idx').on(t.regionCode, t.day)],
);

/**
 * 服务清单 (CATALOGUES.md §6): each item with its five fixes (定点、定员、定项、定时、定标). A villager's
 * request becomes an event of the item's category.
 */
export const serviceItems = pgTable(
  'service_items',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    domain: text('domain').notNull(),
    name: text('name').notNull(),
    // 'V' closed in the village, 'V→T' taken in there and passed to the township, 'T', 'V→bank'.
    intake: varchar('intake', { length: 12 }).notNull(),
    place: text('place').notNull(),
    person: text('person').notNull(),
    hours: text('hours').notNull(),
    standard: text('standard').notNull(),
    timeLimit: jsonb('time_limit').$type<TimeLimit>(),
    limitNote: text('limit_note'),
    categoryCode: varchar('category_code', { length: 16 }).notNull(),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_items_code_idx').on(t.regionCode, t.code)],
);

/** Open311 API keys for posting requests (a county's 12345 hotline, a partner app); hashed. */
export const open311Keys = pgTable(
  'open311_keys',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    name: text('name').notNull(),
    // SHA-256 of the key; the key itself is shown once, when made.
    keyHash: varchar('key_hash', { length: 64 }).notNull().unique(),
    keyPrefix: varchar('key_prefix', { length: 12 }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('open311_keys_region_idx').on(t.regionCode)],
);
