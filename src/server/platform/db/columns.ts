import { timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

// Columns every region-owned registry row has: a UUID (no enumeration of ids), its region code
// (12 digits, 15 for villager groups; the first 6 = county, the future partition key), and
// timestamps. `deletedAt` makes deletes undoable: lists hide the row, "restore" clears it.

export const registryColumns = () => ({
  id: uuid('id').primaryKey(),
  regionCode: varchar('region_code', { length: 15 }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});
