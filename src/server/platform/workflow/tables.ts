import { index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { Role } from '../../../contracts/roles';

/**
 * 流转记录: one row per step a record took (submitted, approved, returned …), with who, when and
 * why. Append-only (a trigger refuses UPDATE and DELETE); the record's own row holds its state.
 */
export const workflowHistory = pgTable(
  'workflow_history',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    recordKind: varchar('record_kind', { length: 40 }).notNull(),
    recordId: uuid('record_id').notNull(),
    action: varchar('action', { length: 40 }).notNull(),
    fromState: varchar('from_state', { length: 24 }),
    toState: varchar('to_state', { length: 24 }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: varchar('actor_role', { length: 24 }).$type<Role>(),
    reason: text('reason'),
    // What else the step carried: a rating, a deadline, the points posted.
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('workflow_history_record_idx').on(t.recordKind, t.recordId, t.createdAt),
    index('workflow_history_region_idx').on(t.regionCode, t.recordKind, t.createdAt),
  ],
);
