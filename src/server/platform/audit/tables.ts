import {
  bigint,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

// 审计日志: append-only, hash-chained per county (chain = first 6 digits of the region code), so
// that chains can later live with their county's partition and writers of different counties
// never wait for each other.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    chain: varchar('chain', { length: 6 }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    role: varchar('role', { length: 32 }),
    action: varchar('action', { length: 64 }).notNull(),
    entity: varchar('entity', { length: 64 }).notNull(),
    entityId: text('entity_id'),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    diff: jsonb('diff'),
    prevHash: varchar('prev_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [
    uniqueIndex('audit_chain_seq_idx').on(t.chain, t.seq),
    index('audit_region_idx').on(t.regionCode, t.id),
  ],
);
