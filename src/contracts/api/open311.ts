import { z } from 'zod';
import { uuidSchema } from './common';

// Open311 GeoReport v2 (issue 12 item 7, docs/events.md §Open311): the inputs of /open311/v2/…
// (answers are built as the specification lists them, in XML or JSON) and the county admin's
// API keys (/api/events/open311-keys).

export const open311FormatSchema = z.enum(['json', 'xml']);
export type Open311Format = z.infer<typeof open311FormatSchema>;

const text = (max: number, label: string) => z.string().max(max, `${label}不超过 ${max} 字`);

/** 6- or 12-digit county code, as `jurisdiction_id`. */
export const jurisdictionSchema = z
  .string()
  .regex(/^(\d{6}|\d{6}0{6})$/, 'jurisdiction_id 应为县级区划代码（6 位或 12 位）');

export const open311FormatParamsSchema = z.object({ format: open311FormatSchema });
export const open311ServiceParamsSchema = z.object({
  service_code: text(16, 'service_code'),
  format: open311FormatSchema,
});
export const open311RequestParamsSchema = z.object({
  service_request_id: text(64, 'service_request_id'),
  format: open311FormatSchema,
});
export const open311TokenParamsSchema = z.object({ token: text(64, 'token'), format: open311FormatSchema });

export const open311JurisdictionQuerySchema = z.object({ jurisdiction_id: jurisdictionSchema.optional() });

export const open311RequestsQuerySchema = open311JurisdictionQuerySchema.extend({
  service_request_id: text(2000, 'service_request_id').optional(),
  service_code: text(200, 'service_code').optional(),
  start_date: text(40, 'start_date').optional(),
  end_date: text(40, 'end_date').optional(),
  status: text(20, 'status').optional(),
});
export type Open311RequestsQuery = z.infer<typeof open311RequestsQuerySchema>;

/**
 * POST requests (form-encoded). Personal fields (email, names, phone, device_id, account_id) are
 * accepted as the specification lists them, but only a display name is kept; `attribute[code]`
 * fields arrive as flat keys.
 */
export const open311PostBodySchema = z
  .object({
    api_key: text(100, 'api_key').optional(),
    jurisdiction_id: jurisdictionSchema.optional(),
    service_code: text(16, 'service_code').optional(),
    lat: text(30, 'lat').optional(),
    long: text(30, 'long').optional(),
    address_string: text(200, 'address_string').optional(),
    address_id: text(15, 'address_id').optional(),
    description: text(2000, 'description').optional(),
    media_url: text(500, 'media_url').optional(),
    email: text(200, 'email').optional(),
    device_id: text(200, 'device_id').optional(),
    account_id: text(200, 'account_id').optional(),
    first_name: text(50, 'first_name').optional(),
    last_name: text(50, 'last_name').optional(),
    phone: text(50, 'phone').optional(),
    /** Extension: `gcj02` when lat/long come from a Chinese phone map (default WGS84, as the specification says). */
    datum: z.enum(['wgs84', 'gcj02']).optional(),
  })
  .catchall(text(200, 'attribute'));
export type Open311PostBody = z.infer<typeof open311PostBodySchema>;

// —— API keys (county admin) ——

export const open311KeySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  keyPrefix: z.string(),
  regionCode: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Open311KeyView = z.infer<typeof open311KeySchema>;

export const createOpen311KeyBodySchema = z.object({
  name: z.string().trim().min(2, '请填写密钥名称（如：12345 热线）').max(60, '名称不超过 60 字'),
});
export const createdOpen311KeySchema = open311KeySchema.extend({
  /** The key itself, shown once: only its SHA-256 is kept. */
  key: z.string(),
});
export const open311KeyListSchema = z.object({ items: z.array(open311KeySchema) });
export const open311KeyParamsSchema = z.object({ keyId: uuidSchema });
