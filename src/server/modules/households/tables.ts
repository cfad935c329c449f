import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// 农户 and 人员 (DOMAIN.md §2). ID numbers and phones are stored encrypted with a blind index for
// exact look-up; the last 4 digits of the ID number are kept plain for the search villages use.

export const households = pgTable(
  'households',
  {
    ...registryColumns(),
    householdNo: varchar('household_no', { length: 32 }).notNull(),
    headPersonId: uuid('head_person_id'),
    address: text('address'),
    gridId: uuid('grid_id'),
    povertyStatus: varchar('poverty_status', { length: 16 }).notNull().default('general'),
    relocated: boolean('relocated').notNull().default(false),
    relocationSite: text('relocation_site'),
    helperName: text('helper_name'),
    helperUserId: uuid('helper_user_id'),
    // 人均纯收入, whole yuan per person per year.
    incomePerCapita: integer('income_per_capita'),
    // 刚性支出自付, whole yuan per year (medical, schooling … after insurance and aid): the
    // return-to-poverty rules compare it with the household's income (issue 15).
    rigidSpending: integer('rigid_spending'),
  },
  (t) => [
    index('households_region_idx').on(t.regionCode, t.householdNo),
    index('households_grid_idx').on(t.gridId),
  ],
);

export const persons = pgTable(
  'persons',
  {
    ...registryColumns(),
    householdId: uuid('household_id'),
    relation: varchar('relation', { length: 16 }).notNull().default('head'),
    name: text('name').notNull(),
    initials: varchar('initials', { length: 32 }).notNull(),
    sex: varchar('sex', { length: 8 }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    ethnicity: varchar('ethnicity', { length: 2 }).notNull().default('01'),
    idNumberEnc: varchar('id_number_enc', { length: 200 }),
    idNumberIdx: varchar('id_number_idx', { length: 64 }),
    idLast4: varchar('id_last4', { length: 4 }),
    phoneEnc: varchar('phone_enc', { length: 200 }),
    phoneIdx: varchar('phone_idx', { length: 64 }),
    labour: varchar('labour', { length: 16 }),
    leftBehind: varchar('left_behind', { length: 16 }),
    education: varchar('education', { length: 16 }),
    health: varchar('health', { length: 16 }),
  },
  (t) => [
    index('persons_household_idx').on(t.householdId),
    index('persons_region_name_idx').on(t.regionCode, t.name),
    index('persons_region_initials_idx').on(t.regionCode, t.initials),
    // Equality on the last 4 digits first, then the region range: a county-wide last-4 search
    // reads only the matching entries instead of the whole county.
    index('persons_last4_region_idx').on(t.idLast4, t.regionCode),
    // One living record per ID number; soft-deleted rows do not block re-entry.
    uniqueIndex('persons_id_number_unique').on(t.idNumberIdx).where(sql`deleted_at is null`),
    index('persons_phone_idx').on(t.phoneIdx),
  ],
);

// History of moves: a person between households, a household between villages or grids.
export const residenceHistory = pgTable(
  'residence_history',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    subject: varchar('subject', { length: 16 }).notNull(), // 'person' | 'household'
    subjectId: uuid('subject_id').notNull(),
    kind: varchar('kind', { length: 24 }).notNull(), // 'household' | 'village' | 'grid'
    fromValue: text('from_value'),
    toValue: text('to_value'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: uuid('by_user_id'),
  },
  (t) => [index('residence_history_subject_idx').on(t.subjectId, t.at)],
);
