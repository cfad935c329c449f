import { index, integer, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import type { RegionLevel } from '../../../contracts/roles';

// 行政区划: the real NBS divisions down to villages, plus villager groups (村民小组) below them.
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 15 }).primaryKey(),
    parentCode: varchar('parent_code', { length: 15 }),
    level: varchar('level', { length: 16 }).$type<RegionLevel>().notNull(),
    name: text('name').notNull(),
    // Lower-case pinyin initials of the name (平马镇 → pmz), for search on phones.
    initials: varchar('initials', { length: 64 }).notNull(),
    // 'nbs' for statistical divisions, 'local' for groups added by the village.
    source: varchar('source', { length: 8 }).notNull().default('nbs'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode, t.code), index('regions_initials_idx').on(t.initials)],
);
