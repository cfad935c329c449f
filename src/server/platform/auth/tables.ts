import { boolean, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { Department, Role } from '../../../contracts/roles';

// Accounts: one role and one scope (a region code) each; department handlers also a department.
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: varchar('username', { length: 32 }).notNull().unique(),
    displayName: text('display_name').notNull(),
    role: varchar('role', { length: 32 }).$type<Role>().notNull(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    department: varchar('department', { length: 32 }).$type<Department>(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    phoneEnc: text('phone_enc'),
    phoneIdx: varchar('phone_idx', { length: 64 }),
    // A party member's or villager's own record (persons.id): "my points", "my household".
    personId: uuid('person_id'),
    disabled: boolean('disabled').notNull().default(false),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('users_region_idx').on(t.regionCode), index('users_phone_idx').on(t.phoneIdx)],
);

// Server-side sessions; the cookie holds a random token, the table only its SHA-256.
export const sessions = pgTable(
  'sessions',
  {
    id: varchar('id', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// Failed log-ins, per account and client address (auth/login-throttle.ts): the pair's own
// failures slow that pair down, and an address's failures across accounts (unknown names too,
// user_id null) slow the address; nobody else's log-in is affected.
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    ip: text('ip').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_user_ip_at_idx').on(t.userId, t.ip, t.at),
    index('login_failures_ip_at_idx').on(t.ip, t.at),
  ],
);
