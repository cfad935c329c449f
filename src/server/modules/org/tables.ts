import { date, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// 党组织: a tree of 党委 / 党总支 / 党支部 / 党小组, each tied to a region.
export const partyOrgs = pgTable(
  'party_orgs',
  {
    ...registryColumns(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    level: varchar('level', { length: 16 }).notNull(),
    kind: varchar('kind', { length: 16 }).notNull(),
    establishedOn: date('established_on', { mode: 'string' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('party_orgs_region_idx').on(t.regionCode), index('party_orgs_parent_idx').on(t.parentId)],
);

// Non-public enterprises and social organizations: the base of the "two coverages" (两个覆盖).
// A unit is organizationally covered when it has (or joins) a party organization, and covered by
// work when at least a party-building instructor (党建指导员) is assigned.
export const coveredUnits = pgTable(
  'covered_units',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    unitType: varchar('unit_type', { length: 16 }).notNull(),
    employees: integer('employees'),
    partyOrgId: uuid('party_org_id'),
    instructorName: text('instructor_name'),
  },
  (t) => [index('covered_units_region_idx').on(t.regionCode)],
);
