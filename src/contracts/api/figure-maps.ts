import { z } from 'zod';

// 区划边界 (issue 16, docs/dashboards.md "Maps"): GeoJSON boundaries of a county's townships or a
// township's villages, uploaded by the county (none ship with the product), validated and stored
// reduced to each child region's geometry, code and name; the dashboard draws figures on them.

/** The largest boundary file accepted (a county's villages drawn finely stay well under this). */
export const MAX_BOUNDARY_MB = 20;

/** The GeoJSON file, sent as the request body (application/json or application/geo+json). */
export const boundaryFileSchema = z
  .string()
  .max(MAX_BOUNDARY_MB * 1024 * 1024, `文件超过 ${MAX_BOUNDARY_MB} MB 上限`)
  .meta({ title: 'GeoJSON 文件' })
  .optional();

export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    /** Rings of [longitude, latitude] in degrees (WGS84 or GCJ-02, as uploaded). */
    coordinates: z.array(z.unknown()),
  }),
  /** The child region's 12-digit code and its name in the region directory. */
  properties: z.object({ code: z.string(), name: z.string() }),
});

export const boundaryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeatureSchema),
});
export type BoundaryCollectionBody = z.infer<typeof boundaryCollectionSchema>;

export const boundaryUploadResultSchema = z.object({
  regionCode: z.string(),
  /** Features matched to a child region (each one: a file with an unmatched feature is refused). */
  matched: z.number().int(),
  /** Children without a boundary in the file: a warning, not an error. */
  missing: z.array(z.string()),
});
export type BoundaryUploadResult = z.infer<typeof boundaryUploadResultSchema>;

export const boundaryMapSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  featureCount: z.number().int(),
  updatedAt: z.string(),
});
export type BoundaryMap = z.infer<typeof boundaryMapSchema>;

export const boundaryMapListSchema = z.object({ items: z.array(boundaryMapSchema) });
