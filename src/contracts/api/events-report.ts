import { z } from 'zod';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';
import { eventStatusSchema, requiredFieldSchema } from './events';

// 上报与跟进 (issue 12 item 1): what the phone report page and 我的上报 share with the server.
// Nothing here names a reporter: a villager sees other people's reports only as number, title,
// status, date and how many follow them.

export const reportCategorySchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  requiredFields: z.array(requiredFieldSchema),
  /** Life or property at risk: the page says to call 110/119/120 first. */
  urgent: z.boolean(),
});
export type ReportCategory = z.infer<typeof reportCategorySchema>;

/** Where a report of the caller will be filed: "上报到：某某村 第3网格". */
export const reportPlaceSchema = z.object({
  regionCode: z.string(),
  regionName: z.string().nullable(),
  gridId: uuidSchema.nullable(),
  gridName: z.string().nullable(),
  householdId: uuidSchema.nullable(),
  householdNo: z.string().nullable(),
});
export type ReportPlace = z.infer<typeof reportPlaceSchema>;

export const reportContextSchema = z.object({
  categories: z.array(reportCategorySchema),
  /** Null when the account sits above a village (the report must name one). */
  place: reportPlaceSchema.nullable(),
});
export type ReportContext = z.infer<typeof reportContextSchema>;

export const similarQuerySchema = z.object({
  categoryId: uuidSchema,
  gridId: uuidSchema.optional(),
  regionCode: regionCodeSchema.optional(),
});

export const similarEventSchema = z.object({
  id: uuidSchema,
  number: z.string(),
  title: z.string(),
  status: eventStatusSchema,
  statusLabel: z.string(),
  reportedAt: z.string(),
  followers: z.number().int(),
  /** The caller already follows it, or reported it. */
  following: z.boolean(),
  mine: z.boolean(),
});
export type SimilarEvent = z.infer<typeof similarEventSchema>;

export const similarEventsSchema = z.object({
  /** Where the list was looked for: the grid, or the village when the grid has none. */
  within: z.enum(['grid', 'village']),
  items: z.array(similarEventSchema),
});
export type SimilarEvents = z.infer<typeof similarEventsSchema>;

export const followSchema = z.object({
  eventId: uuidSchema,
  following: z.boolean(),
  followers: z.number().int(),
});
export type FollowView = z.infer<typeof followSchema>;

export const myEventsQuerySchema = pageQuerySchema.extend({
  relation: z.enum(['all', 'reported', 'followed']).default('all'),
});

export const myEventSchema = z.object({
  id: uuidSchema,
  number: z.string(),
  categoryName: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  status: eventStatusSchema,
  statusLabel: z.string(),
  reportedAt: z.string(),
  closedAt: z.string().nullable(),
  rating: z.number().int().nullable(),
  photoCount: z.number().int(),
  followers: z.number().int(),
  /** reported: the caller filed it; followed: the caller said "me too" (跟进). */
  relation: z.enum(['reported', 'followed']),
});
export type MyEvent = z.infer<typeof myEventSchema>;
