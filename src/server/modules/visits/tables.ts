import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { registryColumns } from '../../platform/db/columns';

// 走访与防返贫监测 (issue 15, DOMAIN.md §7, CATALOGUES.md §7 and §10): household visits (十问十清),
// return-to-poverty monitoring (rules, signals from three channels, identification cases with
// measures and follow-ups), and leaders' contact duties (十联六常, 十步法, 书记拉练).
// docs/visits.md explains each part. Every row carries the region code of the village (or the
// county for county-wide rows), so scope and a later partition by county read one column.

// ---------------------------------------------------------------- visits part (十问十清)

/** Q01 … Q10, CATALOGUES.md §10 (defaults.ts TEN_QUESTIONS). */
export type QuestionCode = 'Q01' | 'Q02' | 'Q03' | 'Q04' | 'Q05' | 'Q06' | 'Q07' | 'Q08' | 'Q09' | 'Q10';

/** One answer: confirmed as the records say, corrected (the records changed), or a problem found. */
export interface VisitAnswer {
  status: 'clear' | 'corrected' | 'problem';
  note?: string | null;
  /** Question 3 (生活): the checks that held (food, clothes, housing, water …). */
  checks?: Record<string, boolean>;
}
export type VisitAnswers = Partial<Record<QuestionCode, VisitAnswer>>;

/** A field of the household or a person the visit changed, as it was and as it became. */
/** The record a visit changed (the households module's 农户 or 人员). */
export type VisitChangeEntity = 'household' | 'person';
export interface VisitChange {
  entity: VisitChangeEntity;
  id: string;
  /** The person's name, or the household number. */
  name: string;
  field: string;
  before: unknown;
  after: unknown;
}

/** 入户走访: one visit of one household; region_code is the household's village. */
export const visitRecords = pgTable(
  'visit_records',
  {
    ...registryColumns(),
    householdId: uuid('household_id').notNull(),
    visitorId: uuid('visitor_id').notNull(),
    visitorName: text('visitor_name').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<VisitAnswers>().notNull(),
    changes: jsonb('changes').$type<VisitChange[]>().notNull().default([]),
    problemCount: smallint('problem_count').notNull().default(0),
    solvedCount: smallint('solved_count').notNull().default(0),
    passedOnCount: smallint('passed_on_count').notNull().default(0),
    // The phone's key for a visit written offline: sent again, it finds the same visit.
    idempotencyKey: varchar('idempotency_key', { length: 160 }).unique(),
  },
  (t) => [
    index('visit_records_region_idx').on(t.regionCode, t.visitedOn),
    index('visit_records_household_idx').on(t.householdId, t.visitedOn),
    index('visit_records_visitor_idx').on(t.visitorId, t.visitedOn),
  ],
);

/** A problem a visit found: solved on the spot (解决) or passed on as a grid event (转办). */
export const visitProblems = pgTable(
  'visit_problems',
  {
    ...registryColumns(),
    visitId: uuid('visit_id').notNull(),
    householdId: uuid('household_id').notNull(),
    question: varchar('question', { length: 4 }).$type<QuestionCode>().notNull(),
    description: text('description').notNull(),
    // A risk of falling back (因病, 因灾 …: defaults.ts RISK_TYPES): the monitoring sweep reads it.
    riskType: varchar('risk_type', { length: 16 }),
    outcome: varchar('outcome', { length: 8 }).$type<'solved' | 'event'>().notNull(),
    solution: text('solution'),
    eventId: uuid('event_id'),
  },
  (t) => [
    index('visit_problems_visit_idx').on(t.visitId),
    index('visit_problems_region_idx').on(t.regionCode, t.createdAt),
    index('visit_problems_household_idx').on(t.householdId, t.createdAt),
    index('visit_problems_event_idx').on(t.eventId),
  ],
);

// ---------------------------------------------------------------- monitoring part (防返贫监测)

/**
 * 监测标准: net income per person per year below which a household is flagged, per region
 * (province, prefecture or county) and year. The nearest row above a household wins.
 */
export const monitoringThresholds = pgTable(
  'monitoring_thresholds',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    year: smallint('year').notNull(),
    amountYuan: integer('amount_yuan').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('monitoring_thresholds_region_year_idx').on(t.regionCode, t.year)],
);

export type RuleKind = 'income_below' | 'rigid_spending' | 'sudden_event' | 'department_data';

/**
 * 监测规则, versioned: an edit writes a new version and marks the old one superseded, so every
 * signal names the version that raised it. region_code is the county.
 */
export const monitoringRules = pgTable(
  'monitoring_rules',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    code: varchar('code', { length: 8 }).notNull(),
    version: integer('version').notNull(),
    kind: varchar('kind', { length: 24 }).$type<RuleKind>().notNull(),
    name: text('name').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('monitoring_rules_version_idx').on(t.regionCode, t.code, t.version),
    uniqueIndex('monitoring_rules_current_idx').on(t.regionCode, t.code).where(sql`superseded_at is null`),
  ],
);

/** Where a signal came from: the three channels of CATALOGUES.md §7 and the rules' sweep. */
export type SignalChannel = 'rule' | 'self' | 'screening' | 'department';
export type SignalStatus = 'open' | 'case' | 'cleared' | 'dismissed';

/**
 * 风险线索: one reason to look at a household — a rule met in the sweep (one open row per household
 * and rule, kept up to date; R1–R3 on channel 'rule', R4 over department data on 'department'), a
 * household's own request ('self', also from the service list's 防返贫申报), a grid worker's or
 * visit's screening ('screening'). Open signals are the at-risk list (the work queue); a case starts from one.
 */
export const monitoringSignals = pgTable(
  'monitoring_signals',
  {
    ...registryColumns(),
    householdId: uuid('household_id').notNull(),
    channel: varchar('channel', { length: 12 }).$type<SignalChannel>().notNull(),
    ruleCode: varchar('rule_code', { length: 8 }),
    ruleVersion: integer('rule_version'),
    riskType: varchar('risk_type', { length: 16 }),
    // Why, in words a villager would understand: 「人均纯收入 6,200 元，低于 2026 年监测标准 8,700 元」.
    reason: text('reason').notNull(),
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
    status: varchar('status', { length: 10 }).$type<SignalStatus>().notNull().default('open'),
    // The visit, event, department record or request behind it.
    sourceId: uuid('source_id'),
    caseId: uuid('case_id'),
    reportedBy: uuid('reported_by'),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    closeReason: text('close_reason'),
  },
  (t) => [
    index('monitoring_signals_queue_idx').on(t.regionCode, t.status, t.firstSeenAt),
    index('monitoring_signals_household_idx').on(t.householdId, t.status),
    // The sweep keeps one open signal per household and rule (R4's channel is 'department').
    uniqueIndex('monitoring_signals_rule_open_idx')
      .on(t.householdId, t.ruleCode)
      .where(sql`rule_code is not null and status = 'open'`),
  ],
);

/** 部门数据: one row of a department's list (医保 costs, 残联 status …) matched to a person by ID. */
export const monitoringDepartmentRecords = pgTable(
  'monitoring_department_records',
  {
    ...registryColumns(),
    personId: uuid('person_id').notNull(),
    householdId: uuid('household_id').notNull(),
    department: varchar('department', { length: 24 }).notNull(),
    kind: varchar('kind', { length: 24 }).notNull(),
    amountYuan: integer('amount_yuan'),
    occurredOn: date('occurred_on', { mode: 'string' }),
    detail: text('detail'),
    batchId: uuid('batch_id').notNull(),
    importedBy: uuid('imported_by'),
  },
  (t) => [
    index('monitoring_dept_records_region_idx').on(t.regionCode, t.createdAt),
    index('monitoring_dept_records_household_idx').on(t.householdId),
    index('monitoring_dept_records_batch_idx').on(t.batchId),
  ],
);

// ---------------------------------------------------------------- cases part (识别与帮扶)

export type ObjectType = 'unstable' | 'marginal' | 'sudden';
export type CaseState =
  | 'village_review' // 1 村级核实: home visit and consent, ≤ 3 wd
  | 'county_compare' // 2 县级数据比对, ≤ 5 wd
  | 'appraisal' // 3 民主评议 and village notice, ≥ 5 d
  | 'township_review' // 4 乡镇审核, ≤ 2 wd
  | 'county_approval' // 5 县级审定, total ≤ 15 d from the first clue
  | 'monitoring' // identified: measures, helper, follow-up visits
  | 'removal_review' // 风险消除 asked for: the same reviews again
  | 'removed' // 风险已消除
  | 'not_identified'; // 不纳入: refused at a review, with the reason

/** 监测对象识别: one household's way from the first clue to identification and removal. */
export const monitoringCases = pgTable(
  'monitoring_cases',
  {
    ...registryColumns(),
    householdId: uuid('household_id').notNull(),
    signalId: uuid('signal_id'),
    firstClueAt: timestamp('first_clue_at', { withTimezone: true }).notNull(),
    objectType: varchar('object_type', { length: 12 }).$type<ObjectType>(),
    riskTypes: jsonb('risk_types').$type<string[]>().notNull().default([]),
    state: varchar('state', { length: 20 }).$type<CaseState>().notNull(),
    stepStartedAt: timestamp('step_started_at', { withTimezone: true }).notNull().defaultNow(),
    stepDueAt: timestamp('step_due_at', { withTimezone: true }),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    compareResult: text('compare_result'),
    noticeFrom: date('notice_from', { mode: 'string' }),
    noticeTo: date('notice_to', { mode: 'string' }),
    identifiedAt: timestamp('identified_at', { withTimezone: true }),
    helperUserId: uuid('helper_user_id'),
    helperName: text('helper_name'),
    // 无劳动能力: stays monitored, never removed (CATALOGUES.md §7).
    noLabour: boolean('no_labour').notNull().default(false),
    removalAskedAt: timestamp('removal_asked_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
  },
  (t) => [
    index('monitoring_cases_region_idx').on(t.regionCode, t.state),
    index('monitoring_cases_due_idx').on(t.stepDueAt).where(sql`step_due_at is not null`),
    uniqueIndex('monitoring_cases_open_idx')
      .on(t.householdId)
      .where(sql`deleted_at is null and state not in ('removed', 'not_identified')`),
  ],
);

/** 帮扶措施 assigned to a case (产业, 就业, 健康 … defaults.ts MEASURE_KINDS). */
export const monitoringMeasures = pgTable(
  'monitoring_measures',
  {
    ...registryColumns(),
    caseId: uuid('case_id').notNull(),
    kind: varchar('kind', { length: 16 }).notNull(),
    description: text('description').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [index('monitoring_measures_case_idx').on(t.caseId)],
);

/** 跟踪回访: a follow-up of a case, typed here or taken from a 十问十清 visit (visit_id). */
export const monitoringFollowups = pgTable(
  'monitoring_followups',
  {
    ...registryColumns(),
    caseId: uuid('case_id').notNull(),
    householdId: uuid('household_id').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    incomePerCapita: integer('income_per_capita'),
    note: text('note'),
    visitId: uuid('visit_id'),
    byUserId: uuid('by_user_id'),
    byName: text('by_name'),
  },
  (t) => [
    index('monitoring_followups_case_idx').on(t.caseId, t.visitedOn),
    uniqueIndex('monitoring_followups_visit_idx').on(t.visitId).where(sql`visit_id is not null`),
  ],
);

// ---------------------------------------------------------------- contacts part (十联六常 …)

/** 十联六常: one of a county leader's eleven contacts (defaults.ts CONTACT_KINDS). region_code: county. */
export const leaderContacts = pgTable(
  'leader_contacts',
  {
    ...registryColumns(),
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title'),
    leaderUserId: uuid('leader_user_id'),
    kind: varchar('kind', { length: 16 }).notNull(),
    targetName: text('target_name').notNull(),
    // The township or village contacted, when the contact is one.
    targetRegionCode: varchar('target_region_code', { length: 15 }),
    note: text('note'),
  },
  (t) => [
    index('leader_contacts_region_idx').on(t.regionCode, t.leaderName),
    uniqueIndex('leader_contacts_kind_idx')
      .on(t.regionCode, t.leaderName, t.kind)
      .where(sql`deleted_at is null`),
  ],
);

/** 六常: one contact made (联系, 走访, 帮扶, 宣讲, 指导, 总结) against one of the eleven. */
export const leaderContactLogs = pgTable(
  'leader_contact_logs',
  {
    ...registryColumns(),
    contactId: uuid('contact_id').notNull(),
    action: varchar('action', { length: 12 }).notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id'),
  },
  (t) => [index('leader_contact_logs_contact_idx').on(t.contactId, t.happenedOn)],
);

/** 十步法: a stationed cadre's progress through the ten steps; region_code is the village. */
export const tenStepProgress = pgTable(
  'ten_step_progress',
  {
    ...registryColumns(),
    cadreName: text('cadre_name').notNull(),
    cadreUserId: uuid('cadre_user_id'),
    step: varchar('step', { length: 4 }).notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('ten_step_progress_step_idx')
      .on(t.regionCode, t.cadreName, t.step)
      .where(sql`deleted_at is null`),
  ],
);

/** 书记拉练: a quarterly field tour of secretaries; region_code is the organising county or township. */
export const secretaryTours = pgTable(
  'secretary_tours',
  {
    ...registryColumns(),
    year: smallint('year').notNull(),
    quarter: smallint('quarter').notNull(),
    theme: text('theme').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    places: jsonb('places')
      .$type<{ regionCode: string | null; name: string; note: string | null }[]>()
      .notNull()
      .default([]),
    participants: text('participants'),
    notes: text('notes'),
  },
  (t) => [index('secretary_tours_region_idx').on(t.regionCode, t.year, t.quarter)],
);
