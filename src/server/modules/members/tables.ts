import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// 党员: a person (persons row) in a branch.
export const partyMembers = pgTable(
  'party_members',
  {
    ...registryColumns(),
    personId: uuid('person_id').notNull(),
    orgId: uuid('org_id').notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    fullOn: date('full_on', { mode: 'string' }),
    post: text('post'), // 设岗定责: the post taken
    postDuty: text('post_duty'),
    commitment: text('commitment'), // 一句话承诺
    commitmentStatus: varchar('commitment_status', { length: 16 }),
    plaque: boolean('plaque').notNull().default(false), // 党员户挂牌
  },
  (t) => [
    uniqueIndex('party_members_person_idx').on(t.personId).where(sql`deleted_at is null`),
    index('party_members_org_idx').on(t.orgId),
    index('party_members_region_idx').on(t.regionCode),
  ],
);

// 党员联系农户
export const memberContacts = pgTable(
  'member_contacts',
  {
    ...registryColumns(),
    memberId: uuid('member_id').notNull(),
    householdId: uuid('household_id').notNull(),
    since: date('since', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('member_contacts_pair_idx').on(t.memberId, t.householdId).where(sql`deleted_at is null`),
    index('member_contacts_household_idx').on(t.householdId),
  ],
);

// Transfers of a member's organizational relation between branches (history kept).
export const memberTransfers = pgTable(
  'member_transfers',
  {
    ...registryColumns(),
    memberId: uuid('member_id').notNull(),
    fromOrgId: uuid('from_org_id').notNull(),
    toOrgId: uuid('to_org_id').notNull(),
    transferredOn: date('transferred_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
  },
  (t) => [index('member_transfers_member_idx').on(t.memberId)],
);

// 发展党员: one record per person in the pipeline, one step row per stage reached.
export const developmentRecords = pgTable(
  'development_records',
  {
    ...registryColumns(),
    personId: uuid('person_id').notNull(),
    orgId: uuid('org_id').notNull(),
    stage: varchar('stage', { length: 16 }).notNull(),
  },
  (t) => [
    index('development_records_region_idx').on(t.regionCode),
    uniqueIndex('development_records_person_idx').on(t.personId).where(sql`deleted_at is null`),
  ],
);

export const developmentSteps = pgTable(
  'development_steps',
  {
    ...registryColumns(),
    recordId: uuid('record_id').notNull(),
    stage: varchar('stage', { length: 16 }).notNull(),
    reachedOn: date('reached_on', { mode: 'string' }).notNull(),
    responsible: text('responsible').notNull(),
    // Required items of the stage and whether each is done: { "支部委员会讨论": true, … }
    items: jsonb('items').$type<Record<string, boolean>>().notNull().default({}),
    note: text('note'),
  },
  (t) => [uniqueIndex('development_steps_stage_idx').on(t.recordId, t.stage)],
);

// Annual development targets of a county or township (L: ≥ 50 a year from young farmers).
export const developmentTargets = pgTable(
  'development_targets',
  {
    ...registryColumns(),
    year: integer('year').notNull(),
    target: integer('target').notNull(),
  },
  (t) => [uniqueIndex('development_targets_region_year_idx').on(t.regionCode, t.year)],
);
