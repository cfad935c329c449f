import { z } from 'zod';
import { pageQuerySchema } from './common';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  diff: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  action: z.string().trim().max(64).optional(),
  entity: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  from: z.iso.date('日期格式应为YYYY-MM-DD').optional(),
  to: z.iso.date('日期格式应为YYYY-MM-DD').optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
