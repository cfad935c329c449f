import { z } from 'zod';
import { PERMISSIONS, type Permission } from '../roles';

// 工作台: what waits for the caller (claims to review, claims returned to their proposer …) and
// the caller's commonest jobs, both gathered from the modules' manifests. No activity counters.

const textSchema = z.object({ zh: z.string(), en: z.string() });

export const homeEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  path: z.string(),
  at: z.string().nullable().optional(),
});

export const homePendingSchema = z.object({
  key: z.string(),
  label: textSchema,
  count: z.number().int(),
  path: z.string(),
  entries: z.array(homeEntrySchema).optional(),
});
export type HomePendingView = z.infer<typeof homePendingSchema>;

export const homeShortcutSchema = z.object({
  key: z.string(),
  label: textSchema,
  path: z.string(),
  permission: z.enum(Object.keys(PERMISSIONS) as [Permission, ...Permission[]]),
});
export type HomeShortcutView = z.infer<typeof homeShortcutSchema>;

export const homeSchema = z.object({
  pending: z.array(homePendingSchema),
  shortcuts: z.array(homeShortcutSchema),
});
export type HomeView = z.infer<typeof homeSchema>;
