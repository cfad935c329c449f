import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeInputSchema } from './common';
import { dispatchSchema, eventSchema, eventStatusSchema } from './events';

// 事件办理 (issue 12, items 3 and 5): the lists and queues of events in the caller's scope, and a
// department's dispatches (部门报到). docs/events.md, section 办理与派单.

/** todo: what waits on the caller; overdue: open stage past due; due-soon: due within 24 h. */
export const EVENT_LIST_VIEWS = ['todo', 'all', 'overdue', 'due-soon'] as const;
export const eventListViewSchema = z.enum(EVENT_LIST_VIEWS);
export type EventListView = z.infer<typeof eventListViewSchema>;

export const EVENT_SORTS = ['reported-desc', 'reported-asc', 'due-asc', 'due-desc'] as const;

const daySchema = z.iso.date('日期格式应为 YYYY-MM-DD');

export const eventFiltersSchema = z.object({
  view: eventListViewSchema.default('all'),
  status: eventStatusSchema.optional(),
  /** A category's code (E01 …). */
  category: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}$/, '类别代码格式不正确')
    .optional(),
  /** Events under this region (a township, a village). */
  region: regionCodeInputSchema.optional(),
  source: eventSchema.shape.source.optional(),
  /** 事件编号 (2026-100201-0012) or words of the title. */
  q: z.string().trim().max(60, '搜索词不超过 60 字').optional(),
  reportedFrom: daySchema.optional(),
  reportedTo: daySchema.optional(),
  sort: z.enum(EVENT_SORTS).default('reported-desc'),
});
export type EventFilters = z.infer<typeof eventFiltersSchema>;

export const eventListQuerySchema = eventFiltersSchema.extend(pageQuerySchema.shape);
export type EventListQuery = z.infer<typeof eventListQuerySchema>;
export const eventPageSchema = pageOf(eventSchema);

/** A department's dispatch with the event it belongs to (部门报到). */
export const dutyItemSchema = z.object({
  dispatch: dispatchSchema,
  event: eventSchema,
});
export type DutyItem = z.infer<typeof dutyItemSchema>;

export const dutyQuerySchema = z
  .object({ view: z.enum(['todo', 'done']).default('todo') })
  .extend(pageQuerySchema.shape);
export const dutyPageSchema = pageOf(dutyItemSchema);

/** The events of one household in 一户一档, newest first. */
export const householdEventSchema = eventSchema.pick({
  id: true,
  number: true,
  title: true,
  categoryName: true,
  status: true,
  statusLabel: true,
  reportedAt: true,
  closedAt: true,
  overdue: true,
});
export const householdEventsSchema = z.object({
  total: z.number().int(),
  items: z.array(householdEventSchema),
});
export type HouseholdEvents = z.infer<typeof householdEventsSchema>;
