import { sql } from 'drizzle-orm';
import {
  boolean,
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

// Assessments (issue 13, DOMAIN.md §3, CATALOGUES.md §1, §2 and §10): star ratings of village
// party organizations against a versioned criteria set, red flags (争创五旗), the 十有五化 checklist,
// weak and lagging organizations and their rectification, and the yearly assessment of village
// cadres. docs/assessments.md explains every state and rule. Every row carries the 12-digit code
// of the region it belongs to (the county for catalogues, the village for a village's records).

const stamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// Criteria sets (评定标准), versioned per county and year
// ---------------------------------------------------------------------------------------------

export type CriteriaStatus = 'draft' | 'published';

/** Lowest total (of 100 when the indicators add up to 100) for 5, 4, 3, 2 stars; below two: one star. */
export interface StarThresholds {
  five: number;
  four: number;
  three: number;
  two: number;
}

export interface CriteriaRules {
  /** An indicator of method `percent` whose value below `below` caps the stars at `maxStars`. */
  satisfaction?: { indicator: string; below: number; maxStars: number } | null;
  /** A `veto` indicator answered yes caps the stars at this (identified weak, secretary sanctioned). */
  vetoMaxStars: number;
  /** Optional shares of villages per star (5★ ≤ 10 % …); null = no caps. Checked at the county's decision. */
  caps?: { five?: number; four?: number; one?: number } | null;
}

export const criteriaSets = pgTable(
  'criteria_sets',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the county
    year: smallint('year').notNull(),
    version: smallint('version').notNull().default(1),
    name: text('name').notNull(),
    status: varchar('status', { length: 12 }).$type<CriteriaStatus>().notNull().default('draft'),
    thresholds: jsonb('thresholds').$type<StarThresholds>().notNull(),
    rules: jsonb('rules').$type<CriteriaRules>().notNull(),
    basedOnId: uuid('based_on_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    ...stamps(),
  },
  (t) => [uniqueIndex('criteria_sets_version_idx').on(t.regionCode, t.year, t.version)],
);

/**
 * How an indicator's value becomes points:
 * - points: the value is the points themselves, 0 … maxPoints;
 * - yesno: 1 = met (maxPoints), 0 = not met (0);
 * - tiers: the value is a tier's index; the tier gives the points;
 * - percent: the value is 0 … 100 (satisfaction); points = round(value × maxPoints / 100);
 * - veto: 1 = yes (caps the stars, CriteriaRules.vetoMaxStars), no points.
 */
export type ScoringMethod = 'points' | 'yesno' | 'tiers' | 'percent' | 'veto';

/** A tier: its label, its points and, for indicators filled from records, the least figure value. */
export interface Tier {
  label: string;
  points: number;
  min?: number;
}

/**
 * An indicator the records answer: the figure (platform/modules figures, e.g. events.onTimeRate)
 * computed for the village and the campaign's year, and how its value maps to the indicator's value:
 * `tiers` picks the highest tier whose `min` the figure reaches; `atLeast` is yes when figure ≥ min;
 * `atMost` is yes when figure ≤ max; `percent` takes the figure as the percentage itself.
 */
export interface IndicatorSource {
  figure: string;
  map: 'tiers' | 'atLeast' | 'atMost' | 'percent';
  min?: number;
  max?: number;
  /** The figure counts this many years back from the campaign's year, summed (≥ 1 new member in 2 years). */
  years?: number;
  /** An `atMost` detection also fires at 0 (no collective income is itself the 空壳 situation). */
  zeroCounts?: boolean;
}

export const criteriaIndicators = pgTable(
  'criteria_indicators',
  {
    id: uuid('id').primaryKey(),
    setId: uuid('set_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(), // A1, B3 …: stays the same across versions
    area: varchar('area', { length: 8 }).notNull(), // A … G
    areaName: text('area_name').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    method: varchar('method', { length: 12 }).$type<ScoringMethod>().notNull(),
    maxPoints: smallint('max_points').notNull(),
    tiers: jsonb('tiers').$type<Tier[]>(),
    /** What evidence the village must give (照片、会议记录 …); shown on the scoring page. */
    evidence: text('evidence'),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
    source: jsonb('source').$type<IndicatorSource>(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [
    uniqueIndex('criteria_indicators_code_idx').on(t.setId, t.code),
    index('criteria_indicators_region_idx').on(t.regionCode),
  ],
);

// ---------------------------------------------------------------------------------------------
// Star rating campaigns (星级评定)
// ---------------------------------------------------------------------------------------------

/** open: villages score, townships review, the county decides; notice: 公示; published: final. */
export type CampaignStatus = 'open' | 'notice' | 'published';

export const ratingCampaigns = pgTable(
  'rating_campaigns',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the county
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    setId: uuid('set_id').notNull(),
    status: varchar('status', { length: 12 }).$type<CampaignStatus>().notNull().default('open'),
    noticeDays: smallint('notice_days').notNull().default(5),
    selfDue: date('self_due', { mode: 'string' }),
    reviewDue: date('review_due', { mode: 'string' }),
    noticeStartedAt: timestamp('notice_started_at', { withTimezone: true }),
    noticeEndsAt: timestamp('notice_ends_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...stamps(),
  },
  (t) => [uniqueIndex('rating_campaigns_year_idx').on(t.regionCode, t.year)],
);

/** self: the village scores; township: under review; county: waiting for the decision; decided. */
export type RatingStatus = 'self' | 'township' | 'county' | 'decided';

export const villageRatings = pgTable(
  'village_ratings',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the village
    status: varchar('status', { length: 12 }).$type<RatingStatus>().notNull().default('self'),
    selfTotal: integer('self_total'),
    reviewTotal: integer('review_total'),
    /** The stars the scores give under the set's thresholds and rules. */
    computedStars: smallint('computed_stars'),
    /** The county's decision (may differ from computedStars with a reason, e.g. a cap). */
    stars: smallint('stars'),
    decisionReason: text('decision_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('village_ratings_village_idx').on(t.campaignId, t.regionCode),
    index('village_ratings_region_idx').on(t.regionCode),
  ],
);

/** A link from a score to a record the system already holds (an event, a meeting, a project). */
export interface EvidenceLink {
  kind: string;
  id: string;
  label: string;
}

export const ratingScores = pgTable(
  'rating_scores',
  {
    id: uuid('id').primaryKey(),
    ratingId: uuid('rating_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    indicatorCode: varchar('indicator_code', { length: 16 }).notNull(),
    selfValue: integer('self_value'),
    selfPoints: integer('self_points'),
    selfNote: text('self_note'),
    reviewValue: integer('review_value'),
    reviewPoints: integer('review_points'),
    /** Required when the township's value differs from the village's. */
    reviewReason: text('review_reason'),
    /** For indicators filled from records: the figure's value when last read. */
    recordValue: doublePrecision('record_value'),
    recordAt: timestamp('record_at', { withTimezone: true }),
    links: jsonb('links').$type<EvidenceLink[]>().notNull().default([]),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('rating_scores_indicator_idx').on(t.ratingId, t.indicatorId),
    index('rating_scores_region_idx').on(t.regionCode),
  ],
);

/** 公示 objections: anyone, also without an account; each must be answered before publication. */
export const ratingObjections = pgTable(
  'rating_objections',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id').notNull(),
    ratingId: uuid('rating_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the village objected to
    text: text('text').notNull(),
    name: text('name'),
    phoneEnc: varchar('phone_enc', { length: 200 }),
    status: varchar('status', { length: 12 }).$type<'open' | 'answered'>().notNull().default('open'),
    answer: text('answer'),
    /** Whether the answer changed the village's stars (the county re-decides before answering). */
    upheld: boolean('upheld'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    userId: uuid('user_id'),
    ...stamps(),
  },
  (t) => [
    index('rating_objections_campaign_idx').on(t.campaignId, t.status),
    index('rating_objections_region_idx').on(t.regionCode),
  ],
);

/**
 * A village's stars over time: one row when a campaign is published, one per dynamic adjustment
 * (动态调整) with its reason. The village's stars now are its latest row.
 */
export const villageStars = pgTable(
  'village_stars',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    year: smallint('year').notNull(),
    stars: smallint('stars').notNull(),
    source: varchar('source', { length: 12 }).$type<'campaign' | 'adjust'>().notNull(),
    campaignId: uuid('campaign_id'),
    ratingId: uuid('rating_id'),
    reason: text('reason'),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('village_stars_region_idx').on(t.regionCode, t.effectiveAt)],
);

// ---------------------------------------------------------------------------------------------
// Red flags (争创五旗)
// ---------------------------------------------------------------------------------------------

export type FlagLevel = 'township' | 'village' | 'group' | 'household';

export const flagKinds = pgTable(
  'flag_kinds',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the county
    code: varchar('code', { length: 16 }).notNull(),
    name: text('name').notNull(),
    level: varchar('level', { length: 12 }).$type<FlagLevel>().notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    ...stamps(),
  },
  (t) => [uniqueIndex('flag_kinds_code_idx').on(t.regionCode, t.code)],
);

export type FlagStatus = 'nominated' | 'reviewed' | 'awarded' | 'rejected' | 'revoked';

export const flagAwards = pgTable(
  'flag_awards',
  {
    id: uuid('id').primaryKey(),
    /** The flagged region (township, village, group) or, for a household, its village or group. */
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    kindId: uuid('kind_id').notNull(),
    year: smallint('year').notNull(),
    householdId: uuid('household_id'),
    status: varchar('status', { length: 12 }).$type<FlagStatus>().notNull().default('nominated'),
    reason: text('reason').notNull(),
    nominatedBy: uuid('nominated_by'),
    awardedAt: timestamp('awarded_at', { withTimezone: true }),
    ...stamps(),
  },
  (t) => [
    index('flag_awards_region_idx').on(t.regionCode, t.year),
    index('flag_awards_household_idx').on(t.householdId),
    // One living nomination or award per kind, year and target.
    uniqueIndex('flag_awards_target_idx')
      .on(
        t.kindId,
        t.year,
        t.regionCode,
        sql`coalesce(${t.householdId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      )
      .where(sql`${t.status} not in ('rejected', 'revoked')`),
  ],
);

// ---------------------------------------------------------------------------------------------
// 十有五化 checklist
// ---------------------------------------------------------------------------------------------

export const checklistItems = pgTable(
  'checklist_items',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the county
    code: varchar('code', { length: 16 }).notNull(), // H01 … H10, Z1 … Z5
    group: varchar('group', { length: 8 }).$type<'have' | 'ize'>().notNull(),
    name: text('name').notNull(),
    evidence: text('evidence'),
    /** Items the records answer (H07 ≥ 1 led project …): same shape as an indicator's source, mapped to yes/no. */
    source: jsonb('source').$type<IndicatorSource>(),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    ...stamps(),
  },
  (t) => [uniqueIndex('checklist_items_code_idx').on(t.regionCode, t.code)],
);

export const checklistEntries = pgTable(
  'checklist_entries',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the village
    year: smallint('year').notNull(),
    itemId: uuid('item_id').notNull(),
    done: boolean('done').notNull().default(false),
    note: text('note'),
    recordValue: doublePrecision('record_value'),
    recordAt: timestamp('record_at', { withTimezone: true }),
    updatedBy: uuid('updated_by'),
    ...stamps(),
  },
  (t) => [uniqueIndex('checklist_entries_item_idx').on(t.regionCode, t.year, t.itemId)],
);

// ---------------------------------------------------------------------------------------------
// Weak and lagging organizations (软弱涣散) and their rectification
// ---------------------------------------------------------------------------------------------

/** CATALOGUES.md §1a, per county; `detect` names a rule the records can check (docs/assessments.md). */
export const weakSituations = pgTable(
  'weak_situations',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    name: text('name').notNull(),
    rule: text('rule'),
    detect: jsonb('detect').$type<IndicatorSource>(),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    ...stamps(),
  },
  (t) => [uniqueIndex('weak_situations_code_idx').on(t.regionCode, t.code)],
);

/** Rectification plan templates (CATALOGUES.md §1b, 8+2+1, 八个一): named slots a plan fills. */
export const rectificationTemplates = pgTable(
  'rectification_templates',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    name: text('name').notNull(),
    slots: jsonb('slots').$type<{ title: string; hint?: string }[]>().notNull(),
    active: boolean('active').notNull().default(true),
    ...stamps(),
  },
  (t) => [uniqueIndex('rectification_templates_code_idx').on(t.regionCode, t.code)],
);

/**
 * nominated (a township's nomination, waiting for the county) → identified → assigned (county leader 包抓) → rectifying (plan in force) → accepting (验收 asked)
 * → closed (销号, consolidation running until consolidationEnds) → consolidated; a failed
 * acceptance goes back to rectifying with a new deadline; dismissed when the county finds it unfounded.
 */
export type WeakStatus =
  | 'nominated'
  | 'identified'
  | 'assigned'
  | 'rectifying'
  | 'accepting'
  | 'closed'
  | 'consolidated'
  | 'dismissed';

export interface AcceptanceResult {
  /** 验收评分, of 100 (pass ≥ passScore). */
  score: number;
  /** Share of the panel 不满意, per cent; more than half fails. */
  dissatisfied: number;
  panelSize: number;
  passed: boolean;
  method: string[]; // 听 评 谈 查
}

export const weakOrgs = pgTable(
  'weak_orgs',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the village
    year: smallint('year').notNull(),
    kind: varchar('kind', { length: 12 }).$type<'weak' | 'lagging'>().notNull().default('weak'),
    source: varchar('source', { length: 12 })
      .$type<'rating' | 'detected' | 'nominated' | 'carried'>()
      .notNull(),
    situations: jsonb('situations').$type<string[]>().notNull().default([]),
    findings: text('findings').notNull(),
    status: varchar('status', { length: 14 }).$type<WeakStatus>().notNull().default('identified'),
    leaderName: text('leader_name'),
    leaderPost: text('leader_post'),
    leaderUserId: uuid('leader_user_id'),
    templateId: uuid('template_id'),
    deadline: date('deadline', { mode: 'string' }),
    acceptance: jsonb('acceptance').$type<AcceptanceResult>(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    consolidationEnds: date('consolidation_ends', { mode: 'string' }),
    /** The previous year's record this one carries on (rolling, year by year). */
    carriedFromId: uuid('carried_from_id'),
    createdBy: uuid('created_by'),
    ...stamps(),
  },
  (t) => [index('weak_orgs_region_idx').on(t.regionCode, t.year)],
);

export const weakMeasures = pgTable(
  'weak_measures',
  {
    id: uuid('id').primaryKey(),
    weakOrgId: uuid('weak_org_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    slot: text('slot'),
    text: text('text').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerUserId: uuid('owner_user_id'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: varchar('status', { length: 8 }).$type<'open' | 'done'>().notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneNote: text('done_note'),
    sort: integer('sort').notNull().default(0),
    ...stamps(),
  },
  (t) => [
    index('weak_measures_org_idx').on(t.weakOrgId),
    index('weak_measures_owner_idx').on(t.ownerUserId, t.status),
    index('weak_measures_region_idx').on(t.regionCode),
  ],
);

/** progress: 月报 entry; contact: the leader's 四个一 / 三个一 (visit, lecture, deed, talk); checkin: consolidation. */
export type WeakLogKind = 'progress' | 'contact' | 'checkin';

export const weakLogs = pgTable(
  'weak_logs',
  {
    id: uuid('id').primaryKey(),
    weakOrgId: uuid('weak_org_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    kind: varchar('kind', { length: 10 }).$type<WeakLogKind>().notNull(),
    contactKind: varchar('contact_kind', { length: 12 }),
    measureId: uuid('measure_id'),
    text: text('text').notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    ...stamps(),
  },
  (t) => [
    index('weak_logs_org_idx').on(t.weakOrgId, t.happenedOn),
    index('weak_logs_region_idx').on(t.regionCode),
  ],
);

// ---------------------------------------------------------------------------------------------
// Cadre assessment (两评一议, 述职, first secretaries) and performance pay
// ---------------------------------------------------------------------------------------------

export type CadreAssessmentKind = 'village_cadre' | 'secretary' | 'first_secretary';
export type CadreGrade = 'excellent' | 'competent' | 'basic' | 'incompetent';

/** The county's rules for cadre assessment (docs/assessments.md), one row per county. */
export interface CadreRules {
  /** Weights of the parts of a village cadre's total, per cent, adding up to 100. */
  weights: { members: number; villagers: number; township: number; debrief: number };
  /** Lowest totals for 优秀, 称职, 基本称职; below: 不称职. */
  grades: { excellent: number; competent: number; basic: number };
  /** 一票赞成: the township's approval lifts the grade to at least this; 一票否决 sets 不称职. */
  oneVote: { approve: CadreGrade | null; veto: boolean };
  /** Performance pay coefficient per grade (×100: 120 = 1.2). */
  pay: Record<CadreGrade, number>;
}

export const assessmentSettings = pgTable('assessment_settings', {
  regionCode: varchar('region_code', { length: 15 }).primaryKey(), // the county
  cadreRules: jsonb('cadre_rules').$type<CadreRules>().notNull(),
  ...stamps(),
});

export const cadreAssessments = pgTable(
  'cadre_assessments',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the village
    year: smallint('year').notNull(),
    kind: varchar('kind', { length: 16 }).$type<CadreAssessmentKind>().notNull(),
    /** A cadre of the registry (cadres) or a work-team member (first secretary). */
    cadreId: uuid('cadre_id'),
    teamMemberId: uuid('team_member_id'),
    name: text('name').notNull(),
    post: text('post'),
    /** 两评: party members' and villagers' evaluation, per cent satisfied. */
    membersScore: smallint('members_score'),
    villagersScore: smallint('villagers_score'),
    /** 一议: the township's deliberation score and text. */
    townshipScore: smallint('township_score'),
    deliberation: text('deliberation'),
    /** 述职 (亮绩打擂) score, of 100. */
    debriefScore: smallint('debrief_score'),
    vote: varchar('vote', { length: 8 }).$type<'approve' | 'veto'>(),
    voteReason: text('vote_reason'),
    total: integer('total'),
    grade: varchar('grade', { length: 14 }).$type<CadreGrade>(),
    /** The grade came from the one-vote rule (一票赞成 lifted it, or 一票否决 set it), not from the total. */
    gradeByVote: boolean('grade_by_vote').notNull().default(false),
    payCoefficient: smallint('pay_coefficient'),
    status: varchar('status', { length: 10 }).$type<'draft' | 'confirmed'>().notNull().default('draft'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    ...stamps(),
  },
  (t) => [
    index('cadre_assessments_region_idx').on(t.regionCode, t.year),
    uniqueIndex('cadre_assessments_person_idx').on(
      t.year,
      t.kind,
      sql`coalesce(${t.cadreId}, ${t.teamMemberId})`,
    ),
  ],
);
