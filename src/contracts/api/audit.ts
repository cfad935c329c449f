import { z } from 'zod';
import { pageQuerySchema, regionCodeSchema } from './common';
import { textSchema } from './home';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  /** 新建账号 / Create account; null for an action no installed module names (an old row). */
  actionName: textSchema.nullable(),
  entity: z.string(),
  entityName: textSchema.nullable(),
  entityId: z.string().nullable(),
  regionCode: z.string(),
  /** 平马镇 / 广场社区: the region's path below its county (the county's own name for a county). */
  regionName: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  diff: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  /** One action ('user.create'), or every action under a prefix ending in a dot ('auth.'). */
  action: z.string().trim().max(64).optional(),
  entity: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  /** Rows of this region and the regions below it. */
  regionCode: regionCodeSchema.optional(),
  from: z.iso.date('日期格式应为YYYY-MM-DD').optional(),
  to: z.iso.date('日期格式应为YYYY-MM-DD').optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The names the audit log's pickers offer: every action and record kind, grouped by module. */
export const auditNameSchema = z.object({ key: z.string(), name: textSchema, group: textSchema });
export const auditNamesSchema = z.object({
  actions: z.array(auditNameSchema),
  entities: z.array(auditNameSchema),
});
export type AuditNames = z.infer<typeof auditNamesSchema>;
