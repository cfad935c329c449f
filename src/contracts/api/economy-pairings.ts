import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 强村带弱村 pairings with their activities and the weak village's income before and after, and
// 产业联盟 alliances of villages (issue 14 item 3, docs/economy.md §5). Money in fen.

const yearSchema = z.coerce
  .number()
  .int('年度应为整数')
  .min(2000, '年度不早于 2000 年')
  .max(2100, '年度不晚于 2100 年');

export const PAIRING_STATUSES = ['active', 'ended'] as const;
export const pairingStatusSchema = z.enum(PAIRING_STATUSES);

export const pairingParams = z.object({ pairingId: uuidSchema });
export const activityParams = z.object({ activityId: uuidSchema });
export const allianceParams = z.object({ allianceId: uuidSchema });
export const allianceMemberParams = z.object({ allianceId: uuidSchema, villageCode: regionCodeSchema });

// —— pairings (强村带弱村) ——

/** The weak village's operating income the year before the pairing began and in its latest account. */
export const pairingIncomeSchema = z.object({
  beforeYear: z.number().int(),
  beforeFen: z.number().int().nullable(),
  afterYear: z.number().int().nullable(),
  afterFen: z.number().int().nullable(),
  /** after − before when both are known. */
  changeFen: z.number().int().nullable(),
});
export type PairingIncome = z.infer<typeof pairingIncomeSchema>;

export const pairingSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  weakName: z.string(),
  strongCode: z.string(),
  strongName: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int().nullable(),
  agreement: z.string().nullable(),
  status: pairingStatusSchema,
  activityCount: z.number().int(),
  income: pairingIncomeSchema,
  deleted: z.boolean(),
  /** Whether the caller may change it (economy.pairings and the weak village in its scope). */
  editable: z.boolean(),
});
export type PairingView = z.infer<typeof pairingSchema>;

export const pairingPageSchema = pageOf(pairingSchema);

export const PAIRING_SORTS = ['startYear', '-startYear', 'weak'] as const;

export const pairingListQuerySchema = pageQuerySchema.extend({
  status: pairingStatusSchema.optional(),
  /** Pairings with either village under this region. */
  regionCode: regionCodeSchema.optional(),
  /** Part of either village's name. */
  q: z.string().trim().max(40).optional(),
  sort: z.enum(PAIRING_SORTS).default('-startYear'),
});
export type PairingListQuery = z.infer<typeof pairingListQuerySchema>;

export const createPairingBodySchema = z.object({
  regionCode: regionCodeSchema,
  strongCode: regionCodeSchema,
  startYear: yearSchema,
  endYear: yearSchema.nullish(),
  agreement: z.string().trim().max(2000, '协议内容不超过 2000 字').nullish(),
});
export type CreatePairingBody = z.infer<typeof createPairingBodySchema>;

export const updatePairingBodySchema = z.object({
  startYear: yearSchema.optional(),
  endYear: yearSchema.nullish(),
  agreement: createPairingBodySchema.shape.agreement,
});
export type UpdatePairingBody = z.infer<typeof updatePairingBodySchema>;

export const endPairingBodySchema = z.object({ endYear: yearSchema });
export type EndPairingBody = z.infer<typeof endPairingBodySchema>;

// —— activities (帮带活动) ——

export const activitySchema = z.object({
  id: z.string(),
  pairingId: z.string(),
  happenedOn: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  photos: z.array(attachmentSchema),
  createdAt: z.string(),
});
export type ActivityView = z.infer<typeof activitySchema>;

export const createActivityBodySchema = z.object({
  happenedOn: z.iso.date('日期格式应为 YYYY-MM-DD'),
  title: z.string().trim().min(1, '请填写活动名称').max(80, '活动名称不超过 80 字'),
  detail: z.string().trim().max(2000, '内容不超过 2000 字').nullish(),
});
export type CreateActivityBody = z.infer<typeof createActivityBodySchema>;

export const pairingDetailSchema = pairingSchema.extend({ activities: z.array(activitySchema) });
export type PairingDetail = z.infer<typeof pairingDetailSchema>;

// —— alliances (产业联盟) ——

export const allianceMemberSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  lead: z.boolean(),
  /** The member's operating income of the year asked for (null without an account). */
  incomeFen: z.number().int().nullable(),
});

export const allianceSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  industry: z.string(),
  note: z.string().nullable(),
  year: z.number().int(),
  memberCount: z.number().int(),
  /** The members' operating income of `year`, added up. */
  totalIncomeFen: z.number().int(),
  deleted: z.boolean(),
  editable: z.boolean(),
});
export type AllianceView = z.infer<typeof allianceSchema>;

export const allianceDetailSchema = allianceSchema.extend({ members: z.array(allianceMemberSchema) });
export type AllianceDetail = z.infer<typeof allianceDetailSchema>;

export const alliancePageSchema = pageOf(allianceSchema);

export const allianceListQuerySchema = pageQuerySchema.extend({
  year: yearSchema.optional(),
  q: z.string().trim().max(40).optional(),
});
export type AllianceListQuery = z.infer<typeof allianceListQuerySchema>;

export const allianceYearQuerySchema = z.object({ year: yearSchema.optional() });

export const createAllianceBodySchema = z.object({
  /** The county or township organizing it (the caller's own region by default). */
  regionCode: regionCodeSchema.optional(),
  name: z.string().trim().min(1, '请填写联盟名称').max(60, '联盟名称不超过 60 字'),
  industry: z.string().trim().min(1, '请填写产业').max(40, '产业不超过 40 字'),
  note: z.string().trim().max(1000, '备注不超过 1000 字').nullish(),
});
export type CreateAllianceBody = z.infer<typeof createAllianceBodySchema>;

export const updateAllianceBodySchema = z.object({
  name: createAllianceBodySchema.shape.name.optional(),
  industry: createAllianceBodySchema.shape.industry.optional(),
  note: createAllianceBodySchema.shape.note,
});
export type UpdateAllianceBody = z.infer<typeof updateAllianceBodySchema>;

export const addMemberBodySchema = z.object({
  regionCode: regionCodeSchema,
  lead: z.boolean().default(false),
});
export type AddMemberBody = z.input<typeof addMemberBodySchema>;

export const updateMemberBodySchema = z.object({ lead: z.boolean() });
