import { index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * 消息通知: what a user should know about (a dispatch to acknowledge, a deadline warning, an
 * escalation, a return, a rating), shown as a badge and a list in the app. One row per recipient;
 * `readAt` is set when the user opens or marks it. Nothing here records screen activity.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    // The region of the record the notice is about (scope and partitioning like every row).
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    userId: uuid('user_id').notNull(),
    kind: varchar('kind', { length: 40 }).notNull(),
    title: text('title').notNull(),
    body: text('body'),
    // The page it opens (/events/…), and the record it is about.
    link: text('link'),
    recordKind: varchar('record_kind', { length: 40 }),
    recordId: uuid('record_id'),
    // Set by whoever writes a notice that must exist once (the sweep's warning of a stage).
    dedupeKey: varchar('dedupe_key', { length: 160 }).unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
