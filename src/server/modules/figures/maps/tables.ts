import { integer, jsonb, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { BoundaryCollection } from './geojson';

// 区划边界 (issue 16, docs/dashboards.md "Maps"): the boundaries a county uploads for its townships,
// or a township for its villages. None ship with the product. One row per region whose CHILDREN's
// boundaries it holds: the county's row holds its townships, a township's row its villages.

export const regionBoundaries = pgTable(
  'region_boundaries',
  {
    id: uuid('id').primaryKey(),
    /** The parent region (12 digits) whose children the features are. */
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    /** The validated FeatureCollection, each feature reduced to its geometry and {code, name}. */
    features: jsonb('features').$type<BoundaryCollection>().notNull(),
    featureCount: integer('feature_count').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('region_boundaries_region_idx').on(t.regionCode)],
);
