import { z } from 'zod';
import { departmentSchema } from '../roles';
import { attachmentSchema } from './attachments';
import { regionCodeSchema, uuidSchema } from './common';
import { transitionBodySchema, workflowActionSchema, workflowStepSchema } from './workflow';

// Grid events (issue 12): what the server and the pages share. docs/events.md explains the
// states, the stages and their limits.

export const EVENT_STATUSES = [
  'draft',
  'reported',
  'village',
  'township',
  'dispatched',
  'reviewing',
  'closed',
  'rated',
  'returned',
  'merged',
  'withdrawn',
] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatusName = z.infer<typeof eventStatusSchema>;

/** States in which an event still waits for someone: "open" in lists, boards and Open311. */
export const OPEN_EVENT_STATUSES: readonly EventStatusName[] = [
  'reported',
  'village',
  'township',
  'dispatched',
  'reviewing',
];

export const handlingLevelSchema = z.enum(['village', 'township', 'department']);
export const stageKindSchema = z.enum(['accept', 'village', 'township', 'acknowledge', 'handle', 'review']);
export const timeLimitSchema = z.object({
  amount: z.number().int('时限应为整数').min(1, '时限至少为 1').max(365, '时限不超过 365'),
  unit: z.enum(['wd', 'd', 'h']),
});
export const requiredFieldSchema = z.enum(['photo', 'location', 'household']);

/** A report: category, text, optional place. Photos are uploaded to the event afterwards. */
export const createEventBodySchema = z.object({
  categoryId: uuidSchema,
  title: z.string().trim().min(1, '请填写事件标题').max(60, '标题不超过 60 字').optional(),
  description: z.string().trim().min(4, '请把问题写清楚（至少 4 个字）').max(2000, '描述不超过 2000 字'),
  /** The village (or villager group) it happened in; staff choose it, villagers get their own. */
  regionCode: regionCodeSchema.optional(),
  householdId: uuidSchema.optional(),
  gridId: uuidSchema.optional(),
  /** From the phone when allowed; `gcj02` when the phone's map gave Mars coordinates. */
  location: z
    .object({
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
      datum: z.enum(['wgs84', 'gcj02']).default('wgs84'),
    })
    .optional(),
  address: z.string().trim().max(200, '地址不超过 200 字').optional(),
  /** Kept as 未提交 until its photos are uploaded (a category that asks for a photo). */
  draft: z.boolean().optional(),
  /** A service-list request (服务清单). */
  serviceItemId: uuidSchema.optional(),
});
export type CreateEventBody = z.infer<typeof createEventBodySchema>;

export const eventSchema = z.object({
  id: uuidSchema,
  /** 事件编号 for people: 451022-2026-000123. */
  number: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  categoryId: uuidSchema,
  categoryCode: z.string(),
  categoryName: z.string(),
  gridId: uuidSchema.nullable(),
  householdId: uuidSchema.nullable(),
  source: z.enum(['villager', 'grid_worker', 'staff', 'service', 'open311', 'visit']),
  /** The record it came from: the 十问十清 visit (source 'visit') that passed it on. */
  originId: uuidSchema.nullable(),
  title: z.string(),
  description: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  address: z.string().nullable(),
  status: eventStatusSchema,
  statusLabel: z.string(),
  level: z.string(),
  reporterName: z.string().nullable(),
  reportedAt: z.string(),
  closedAt: z.string().nullable(),
  stageKind: stageKindSchema.nullable(),
  stageDueAt: z.string().nullable(),
  /** The open stage is past its deadline. */
  overdue: z.boolean(),
  escalations: z.number().int(),
  rating: z.number().int().nullable(),
  redoCount: z.number().int(),
  mergedInto: uuidSchema.nullable(),
  reason: z.string().nullable(),
  photoCount: z.number().int(),
});
export type EventView = z.infer<typeof eventSchema>;

export const dispatchSchema = z.object({
  id: uuidSchema,
  eventId: uuidSchema,
  department: departmentSchema,
  status: z.enum(['sent', 'acknowledged', 'handled', 'returned', 'cancelled']),
  round: z.number().int(),
  note: z.string().nullable(),
  sentAt: z.string(),
  ackDueAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  handleDueAt: z.string().nullable(),
  handledAt: z.string().nullable(),
  result: z.string().nullable(),
  reason: z.string().nullable(),
  /** 待报到, 办理中 … */
  statusLabel: z.string(),
  departmentName: z.string(),
  /** Photos of the department's result (attachments of kind event_dispatch). */
  photos: z.array(attachmentSchema),
  actions: z.array(workflowActionSchema),
});
export type DispatchView = z.infer<typeof dispatchSchema>;

export const eventDetailSchema = eventSchema.extend({
  /** A department handler sees its own department's dispatches only. */
  dispatches: z.array(dispatchSchema),
  history: z.array(workflowStepSchema),
  /** What the caller may do now: render buttons from these (needs: reason, rating, result …). */
  actions: z.array(workflowActionSchema),
  /** Photos of the report and of the village's or township's result (attachments of kind event). */
  photos: z.array(attachmentSchema),
  /** The latest 办结 result text (the village's or township's), if any. */
  result: z.string().nullable(),
  /** Set for a report merged into another: the survivor's 事件编号. */
  mergedNumber: z.string().nullable(),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

/** The steps a person may ask for on an event (docs/events.md "The workflow"). */
export const EVENT_ACTIONS = [
  'submit',
  'accept',
  'escalate',
  'return',
  'merge',
  'resolve',
  'send_back',
  'dispatch',
  'approve',
  'reject',
  'rate',
  'withdraw',
] as const;
export const eventActionSchema = z.enum(EVENT_ACTIONS);
export const DISPATCH_ACTIONS = ['acknowledge', 'handle', 'return'] as const;
export const dispatchActionSchema = z.enum(DISPATCH_ACTIONS);

/** What a step carries: its needs (reason, rating) and what some steps ask beyond them. */
export const eventActionBodySchema = transitionBodySchema.extend({
  /** 吹哨派单: the departments (default: the category's first). */
  departments: z.array(departmentSchema).max(10, '一次最多派往 10 个部门').optional(),
  /** 派单说明 for the departments. */
  note: z.string().trim().max(500, '派单说明不超过 500 字').optional(),
  /** 合并: the event that survives. */
  targetId: uuidSchema.optional(),
  /** 办结 / 部门办理: what was done. */
  result: z.string().trim().max(2000, '办理结果不超过 2000 字').optional(),
});
export type EventActionBody = z.infer<typeof eventActionBodySchema>;

export const eventParamsSchema = z.object({ eventId: uuidSchema });
export const eventActionParamsSchema = z.object({ eventId: uuidSchema, action: eventActionSchema });
export const dispatchActionParamsSchema = z.object({ dispatchId: uuidSchema, action: dispatchActionSchema });
