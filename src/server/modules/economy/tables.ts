import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// Collective economy and secretary-led projects (issue 14, DOMAIN.md §6, CATALOGUES.md §11):
// each village's yearly accounts (income by source, assets, enterprises and cooperatives, benefits
// to households), the county's income tiers and targets, one plan per village, strong-helps-weak
// pairings and industry alliances, and the projects secretaries lead. docs/economy.md explains
// every rule. Money is in fen (integers); every row carries the 12-digit code of its region.

const stamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

const fen = (name: string) => bigint(name, { mode: 'number' });

// ---------------------------------------------------------------------------------------------
// The county's tiers and targets (档次与目标)
// ---------------------------------------------------------------------------------------------

/** A tier of yearly income: villages with at least `minFen` (and less than the next tier's). */
export interface IncomeBand {
  code: string;
  label: string;
  minFen: number;
}

/** Which income the tiers count: operating income (I1–I3, the default) or total income. */
export type TierBasis = 'operating' | 'total';

export const economySettings = pgTable('economy_settings', {
  regionCode: varchar('region_code', { length: 15 }).primaryKey(), // the county
  basis: varchar('basis', { length: 12 }).$type<TierBasis>().notNull().default('operating'),
  bands: jsonb('bands').$type<IncomeBand[]>().notNull(),
  updatedBy: uuid('updated_by'),
  ...stamps(),
});

/**
 * A target by the end of a year (凌云: every village ≥ 120,000 and 60 % ≥ 200,000 by end 2025):
 * every village at least `everyMinFen`, and at least `sharePercent` % of villages at `shareMinFen`.
 */
export const economyTargets = pgTable(
  'economy_targets',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the county (or a township)
    name: text('name').notNull(),
    byYear: smallint('by_year').notNull(),
    everyMinFen: fen('every_min_fen'),
    shareMinFen: fen('share_min_fen'),
    sharePercent: smallint('share_percent'),
    ...stamps(),
  },
  (t) => [index('economy_targets_region_idx').on(t.regionCode)],
);

// ---------------------------------------------------------------------------------------------
// Yearly accounts (村集体经济收支), one per village and year
// ---------------------------------------------------------------------------------------------

/**
 * A village's account for a year. The sums are kept by every write of its income lines (in the
 * same transaction), so tier summaries read one row per village.
 */
export const economyAccounts = pgTable(
  'economy_accounts',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the village
    year: smallint('year').notNull(),
    /** I1 + I2 + I3 (经营性收入). */
    operatingFen: fen('operating_fen').notNull().default(0),
    /** All income (总收入). */
    totalFen: fen('total_fen').notNull().default(0),
    /** Lines tagged 发包及上交 (I2 before 2024, the tag after), so old and new years compare. */
    contractingFen: fen('contracting_fen').notNull().default(0),
    note: text('note'),
    updatedBy: uuid('updated_by'),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('economy_accounts_village_year_idx').on(t.regionCode, t.year),
    index('economy_accounts_year_idx').on(t.year, t.regionCode),
  ],
);

/** CATALOGUES.md §11 income source codes. */
export type IncomeCode = 'I1' | 'I2' | 'I3' | 'I4' | 'I5' | 'I6';

export const economyIncomeLines = pgTable(
  'economy_income_lines',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    year: smallint('year').notNull(),
    /** 1–4: the quarter the income was booked in (the quarterly return sums up to a quarter). */
    quarter: smallint('quarter').notNull(),
    code: varchar('code', { length: 4 }).$type<IncomeCode>().notNull(),
    /** 明细: 土地发包, 光伏分红 … */
    item: text('item').notNull(),
    /** 发包及上交 tag: kept on contracting income booked as operating or investment from 2024. */
    contracting: boolean('contracting').notNull().default(false),
    amountFen: fen('amount_fen').notNull(),
    note: text('note'),
    ...stamps(),
  },
  (t) => [
    index('economy_income_lines_account_idx').on(t.accountId),
    index('economy_income_lines_region_idx').on(t.regionCode, t.year),
  ],
);

// ---------------------------------------------------------------------------------------------
// Assets, enterprises and cooperatives, benefits to households
// ---------------------------------------------------------------------------------------------

export type AssetState = 'in_use' | 'idle' | 'reviving' | 'revived';

/** 集体资产, idle ones (闲置资产) with their revival plan and the yearly income once revived. */
export const economyAssets = pgTable(
  'economy_assets',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    /** land, building, equipment, forest, water, facility, other (defaults.ts ASSET_KINDS). */
    kind: varchar('kind', { length: 16 }).notNull(),
    valueFen: fen('value_fen'),
    /** Area, count …: free text with its unit (30 亩, 2 栋). */
    size: text('size'),
    state: varchar('state', { length: 12 }).$type<AssetState>().notNull().default('in_use'),
    idleSince: date('idle_since', { mode: 'string' }),
    revivalPlan: text('revival_plan'),
    revivedOn: date('revived_on', { mode: 'string' }),
    /** Yearly income the asset brings once revived (盘活后年收益). */
    revivedIncomeFen: fen('revived_income_fen'),
    note: text('note'),
  },
  (t) => [index('economy_assets_region_idx').on(t.regionCode)],
);

/** The parts of the model "company + base + party branch + cooperative + farmers". */
export type ModelPart = 'company' | 'base' | 'branch' | 'cooperative' | 'farmers';

/** Enterprises and cooperatives the collective runs or holds shares in. */
export const economyEntities = pgTable(
  'economy_entities',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    /** cooperative, company, enterprise, other (defaults.ts ENTITY_KINDS). */
    kind: varchar('kind', { length: 16 }).notNull(),
    industry: text('industry'),
    model: jsonb('model').$type<ModelPart[]>().notNull().default([]),
    /** The partner company, the base … as the village names them. */
    partners: text('partners'),
    establishedOn: date('established_on', { mode: 'string' }),
    /** Households that are members or shareholders. */
    memberHouseholds: integer('member_households'),
    note: text('note'),
  },
  (t) => [index('economy_entities_region_idx').on(t.regionCode)],
);

export type BenefitKind = 'dividend' | 'job' | 'other';

/** 利益联结: what a household got from the collective in a year (dividends, jobs). */
export const economyBenefits = pgTable(
  'economy_benefits',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the household's village or group
    householdId: uuid('household_id').notNull(),
    entityId: uuid('entity_id'),
    year: smallint('year').notNull(),
    kind: varchar('kind', { length: 12 }).$type<BenefitKind>().notNull(),
    amountFen: fen('amount_fen').notNull().default(0),
    /** People of the household employed (for jobs). */
    jobs: smallint('jobs').notNull().default(0),
    note: text('note'),
    createdBy: uuid('created_by'),
    ...stamps(),
  },
  (t) => [
    index('economy_benefits_household_idx').on(t.householdId),
    index('economy_benefits_region_idx').on(t.regionCode, t.year),
  ],
);

// ---------------------------------------------------------------------------------------------
// One plan per village (一村一方案)
// ---------------------------------------------------------------------------------------------

export interface PlanTarget {
  year: number;
  operatingFen: number;
}

export const economyPlans = pgTable(
  'economy_plans',
  {
    ...registryColumns(), // the village
    title: text('title').notNull(),
    startYear: smallint('start_year').notNull(),
    endYear: smallint('end_year').notNull(),
    /** 发展思路与措施. */
    measures: text('measures').notNull(),
    targets: jsonb('targets').$type<PlanTarget[]>().notNull().default([]),
    /** The led project carrying the plan, if any (economy_projects.id). */
    ledProjectId: uuid('led_project_id'),
    updatedBy: uuid('updated_by'),
  },
  (t) => [index('economy_plans_region_idx').on(t.regionCode, t.startYear)],
);

// ---------------------------------------------------------------------------------------------
// Strong helps weak (强村带弱村) and industry alliances (产业联盟)
// ---------------------------------------------------------------------------------------------

export type PairingStatus = 'active' | 'ended';

/** A pairing belongs to the weak village (region_code); the strong village's side is strong_code. */
export const economyPairings = pgTable(
  'economy_pairings',
  {
    ...registryColumns(),
    strongCode: varchar('strong_code', { length: 15 }).notNull(),
    startYear: smallint('start_year').notNull(),
    endYear: smallint('end_year'),
    /** 结对协议 / what the strong village commits to. */
    agreement: text('agreement'),
    status: varchar('status', { length: 12 }).$type<PairingStatus>().notNull().default('active'),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('economy_pairings_region_idx').on(t.regionCode),
    index('economy_pairings_strong_idx').on(t.strongCode),
  ],
);

/** What a pairing did (帮带活动), with photos (attachment kind economy_activity). */
export const economyPairingActivities = pgTable(
  'economy_pairing_activities',
  {
    id: uuid('id').primaryKey(),
    pairingId: uuid('pairing_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the weak village
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    createdBy: uuid('created_by'),
    ...stamps(),
  },
  (t) => [index('economy_pairing_activities_pairing_idx').on(t.pairingId)],
);

export const economyAlliances = pgTable(
  'economy_alliances',
  {
    ...registryColumns(), // the county or township that organizes it
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    note: text('note'),
  },
  (t) => [index('economy_alliances_region_idx').on(t.regionCode)],
);

export const economyAllianceMembers = pgTable(
  'economy_alliance_members',
  {
    allianceId: uuid('alliance_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(), // the member village
    /** 牵头村 / 成员村. */
    lead: boolean('lead').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.allianceId, t.regionCode] }),
    index('economy_alliance_members_region_idx').on(t.regionCode),
  ],
);

// ---------------------------------------------------------------------------------------------
// Secretary-led projects (书记领办项目) and 我为群众办实事
// ---------------------------------------------------------------------------------------------

/** led: 书记领办项目; practical: 我为群众办实事. */
export type ProjectKind = 'led' | 'practical';

/**
 * draft → committed (公开承诺, on the public page) → evaluated (现场考评) → closed (办结销号).
 * A closed project never changes.
 */
export type ProjectStatus = 'draft' | 'committed' | 'evaluated' | 'closed';

export const economyProjects = pgTable(
  'economy_projects',
  {
    ...registryColumns(), // the leader's region: county, township or village
    year: smallint('year').notNull(),
    kind: varchar('kind', { length: 12 }).$type<ProjectKind>().notNull(),
    title: text('title').notNull(),
    /** 县 / 乡镇 / 村: the level of the secretary who leads it (from the region code). */
    leaderLevel: varchar('leader_level', { length: 12 }).notNull(),
    /** The village cadre leading it (cadres registry), when a village secretary leads. */
    leaderCadreId: uuid('leader_cadre_id'),
    leaderName: text('leader_name').notNull(),
    leaderPost: text('leader_post'),
    /** 公开承诺: what is promised, to whom, by when. */
    commitment: text('commitment').notNull(),
    industry: text('industry'),
    budgetFen: fen('budget_fen'),
    dueOn: date('due_on', { mode: 'string' }),
    status: varchar('status', { length: 12 }).$type<ProjectStatus>().notNull().default('draft'),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    /** Mean of the evaluators' scores (0–100), set when the evaluation is recorded. */
    score: smallint('score'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    /** Income the project brought the collective (元 → fen), stated at closure. */
    incomeFen: fen('income_fen'),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('economy_projects_region_idx').on(t.regionCode, t.year),
    index('economy_projects_leader_idx').on(t.leaderCadreId),
  ],
);

/** 进度节点, with photos (attachment kind project_milestone). */
export const economyProjectMilestones = pgTable(
  'economy_project_milestones',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note'),
    sort: integer('sort').notNull().default(0),
    createdBy: uuid('created_by'),
    ...stamps(),
  },
  (t) => [index('economy_project_milestones_project_idx').on(t.projectId)],
);

/** 现场考评: one evaluator's score and comment. */
export const economyProjectEvaluations = pgTable(
  'economy_project_evaluations',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    evaluatorName: text('evaluator_name').notNull(),
    evaluatorUnit: text('evaluator_unit'),
    score: smallint('score').notNull(),
    comment: text('comment').notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('economy_project_evaluations_project_idx').on(t.projectId)],
);
