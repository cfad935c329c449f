import { index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// 网格 in three tiers: village big grid → 寨管委 middle grid → 十联户 small grid. The grid code is
// the village's 12-digit code + 2 digits for the middle grid + 2 for the small grid
// (big: 12 digits + "0000"), see docs/registries.md.
export const grids = pgTable(
  'grids',
  {
    ...registryColumns(),
    parentId: uuid('parent_id'),
    tier: varchar('tier', { length: 8 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    name: text('name').notNull(),
    // The party branch or party group bound to the grid (一个网格+一个党支部/党小组).
    partyOrgId: uuid('party_org_id'),
  },
  (t) => [
    uniqueIndex('grids_code_idx').on(t.code),
    index('grids_parent_idx').on(t.parentId),
    index('grids_region_idx').on(t.regionCode),
  ],
);

export const gridWorkers = pgTable(
  'grid_workers',
  {
    ...registryColumns(),
    gridId: uuid('grid_id').notNull(),
    name: text('name').notNull(),
    phoneEnc: varchar('phone_enc', { length: 200 }),
    phoneIdx: varchar('phone_idx', { length: 64 }),
    userId: uuid('user_id'),
    personId: uuid('person_id'),
  },
  (t) => [index('grid_workers_grid_idx').on(t.gridId)],
);
