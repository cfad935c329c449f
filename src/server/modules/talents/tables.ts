import { index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// 人才库: entry goes village survey → township review → county filing, with return-for-revision.
export const talents = pgTable(
  'talents',
  {
    ...registryColumns(),
    personId: uuid('person_id'),
    name: text('name').notNull(),
    phoneEnc: varchar('phone_enc', { length: 200 }),
    phoneIdx: varchar('phone_idx', { length: 64 }),
    category: varchar('category', { length: 16 }).notNull(),
    // 土专家 / 田秀才 / 乡创客 …
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    skills: text('skills'),
    status: varchar('status', { length: 24 }).notNull().default('draft'),
  },
  (t) => [index('talents_region_idx').on(t.regionCode, t.status)],
);

export const talentReviews = pgTable(
  'talent_reviews',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    talentId: uuid('talent_id').notNull(),
    step: varchar('step', { length: 24 }).notNull(), // 'village_survey' | 'township_review' | 'county_filing'
    decision: varchar('decision', { length: 16 }).notNull(), // 'submit' | 'approve' | 'return'
    reviewerId: uuid('reviewer_id'),
    reviewerName: text('reviewer_name'),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talent_reviews_talent_idx').on(t.talentId, t.at)],
);
