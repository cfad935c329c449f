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
import type { QuestionKind } from '../../../contracts/api/study';
import { registryColumns } from '../../platform/db/columns';

// 以考促学 (docs/study.md). Questions are never deleted (an attempt may have drawn them): they are
// retired. An attempt keeps a copy of each question it drew, so later edits of the bank never
// change a result that was handed in.

/** 题库: one bank per county (region_code = the county's 12-digit code). */
export const studyQuestions = pgTable(
  'study_questions',
  {
    ...registryColumns(),
    kind: varchar('kind', { length: 8 }).$type<QuestionKind>().notNull(),
    stem: text('stem').notNull(),
    /** The stem without spaces and punctuation, for the duplicate check. */
    stemKey: text('stem_key').notNull(),
    options: jsonb('options').$type<string[]>().notNull().default([]),
    answer: varchar('answer', { length: 6 }).notNull(),
    explanation: text('explanation'),
    category: varchar('category', { length: 20 }).notNull(),
    difficulty: smallint('difficulty'),
    source: text('source'),
    status: varchar('status', { length: 8 }).$type<'active' | 'retired'>().notNull().default('active'),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('study_questions_region_idx').on(t.regionCode, t.status, t.category),
    uniqueIndex('study_questions_stem_idx').on(t.regionCode, t.stemKey).where(sql`status = 'active'`),
  ],
);

/** 考试: owned by the county or a township (region_code), drawn from the county's bank. */
export const studyTests = pgTable(
  'study_tests',
  {
    ...registryColumns(),
    title: text('title').notNull(),
    description: text('description'),
    audience: varchar('audience', { length: 8 }).$type<'cadres' | 'members' | 'both'>().notNull(),
    audienceRegionCode: varchar('audience_region_code', { length: 15 }),
    audienceOrgId: uuid('audience_org_id'),
    questionIds: jsonb('question_ids').$type<string[]>().notNull().default([]),
    picks: jsonb('picks').$type<{ category: string; count: number }[]>().notNull().default([]),
    questionCount: integer('question_count').notNull(),
    scorePerQuestion: integer('score_per_question').notNull(),
    passMark: integer('pass_mark').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    attemptsAllowed: integer('attempts_allowed').notNull().default(1),
    timeLimitMinutes: integer('time_limit_minutes'),
    status: varchar('status', { length: 12 }).$type<'draft' | 'published' | 'closed'>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
  },
  (t) => [index('study_tests_region_idx').on(t.regionCode, t.status)],
);

/** 答卷: one person's attempt; region_code is the person's (member's village, else the account's). */
export const studyAttempts = pgTable(
  'study_attempts',
  {
    ...registryColumns(),
    testId: uuid('test_id').notNull(),
    userId: uuid('user_id').notNull(),
    takerName: text('taker_name').notNull(),
    kind: varchar('kind', { length: 8 }).$type<'cadre' | 'member'>().notNull(),
    personId: uuid('person_id'),
    memberId: uuid('member_id'),
    orgId: uuid('org_id'),
    attemptNo: integer('attempt_no').notNull(),
    status: varchar('status', { length: 12 }).$type<'open' | 'submitted'>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    maxScore: integer('max_score').notNull(),
    score: integer('score'),
    correctCount: integer('correct_count'),
    passed: boolean('passed'),
  },
  (t) => [
    uniqueIndex('study_attempts_no_idx').on(t.testId, t.userId, t.attemptNo),
    index('study_attempts_test_region_idx').on(t.testId, t.regionCode),
    index('study_attempts_region_idx').on(t.regionCode, t.submittedAt),
  ],
);

/** The questions of an attempt as drawn (a copy), with the answer saved as the person goes. */
export const studyAttemptItems = pgTable(
  'study_attempt_items',
  {
    id: uuid('id').primaryKey(),
    attemptId: uuid('attempt_id').notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    position: integer('position').notNull(),
    questionId: uuid('question_id').notNull(),
    kind: varchar('kind', { length: 8 }).$type<QuestionKind>().notNull(),
    stem: text('stem').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    correct: varchar('correct', { length: 6 }).notNull(),
    explanation: text('explanation'),
    category: varchar('category', { length: 20 }).notNull(),
    answer: varchar('answer', { length: 6 }),
    isCorrect: boolean('is_correct'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('study_attempt_items_pos_idx').on(t.attemptId, t.position),
    index('study_attempt_items_question_idx').on(t.questionId),
  ],
);
