import { z } from 'zod';
import { regionCodeSchema, uuidSchema } from './common';

// Leaders' contact duties (issue 15 item 5, docs/visits.md §5): 十联六常 (each county leader's
// eleven contacts and the six kinds of contact logged against them), 十步法 (ten steps per
// stationed cadre) and 书记拉练 (quarterly field tours). Nothing here counts screen activity.

const text = (max: number, field: string) => z.string().trim().max(max, `${field}最多${max}字`);
const day = (field: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${field}格式应为 YYYY-MM-DD`);
const yearSchema = z.coerce
  .number()
  .int('年度应为整数')
  .min(2000, '年度不早于 2000 年')
  .max(2100, '年度不晚于 2100 年');

export const CONTACT_KIND_CODES = [
  'township',
  'village',
  'school',
  'clinic',
  'enterprise',
  'social_org',
  'cooperative',
  'professional',
  'deputy',
  'veteran',
  'entrepreneur',
] as const;
export const contactKindSchema = z.enum(CONTACT_KIND_CODES, '请选择联系对象类别（十联）');
export type ContactKind = (typeof CONTACT_KIND_CODES)[number];

export const CONTACT_ACTION_CODES = ['contact', 'visit', 'help', 'preach', 'guide', 'summarize'] as const;
export const contactActionSchema = z.enum(CONTACT_ACTION_CODES, '请选择联系方式（六常）');
export type ContactAction = (typeof CONTACT_ACTION_CODES)[number];

export const TEN_STEP_CODES = ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10'] as const;
export const tenStepSchema = z.enum(TEN_STEP_CODES, '步骤应为 S01–S10');

export const contactParams = z.object({ contactId: uuidSchema });
export const logParams = z.object({ logId: uuidSchema });
export const stepParams = z.object({ tenStepId: uuidSchema });
export const tourParams = z.object({ tourId: uuidSchema });

// —— 十联六常 ——

export const actionCountsSchema = z.record(z.string(), z.number().int());

export const leaderContactSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  leaderName: z.string(),
  leaderTitle: z.string().nullable(),
  leaderUserId: z.string().nullable(),
  kind: contactKindSchema,
  targetName: z.string(),
  targetRegionCode: z.string().nullable(),
  targetRegionName: z.string().nullable(),
  note: z.string().nullable(),
  since: z.string(),
  /** Contacts logged this year, by action. */
  counts: actionCountsSchema,
  lastOn: z.string().nullable(),
  deleted: z.boolean(),
  editable: z.boolean(),
  /** Whether the caller may log a contact against it. */
  loggable: z.boolean(),
});
export type LeaderContactView = z.infer<typeof leaderContactSchema>;

export const leaderSchema = z.object({
  regionCode: z.string(),
  leaderName: z.string(),
  leaderTitle: z.string().nullable(),
  /** The eleven kinds in order: the contact kept for each, or null when missing. */
  kinds: z.array(z.object({ kind: contactKindSchema, contact: leaderContactSchema.nullable() })),
  missing: z.array(contactKindSchema),
  counts: actionCountsSchema,
  total: z.number().int(),
});
export type LeaderView = z.infer<typeof leaderSchema>;

export const leadersQuerySchema = z.object({
  /** Contacts of the county's leaders under this region (a township or village: its contacts only). */
  regionCode: regionCodeSchema.optional(),
  year: yearSchema.optional(),
  q: z.string().trim().max(32).optional(),
});
export type LeadersQuery = z.infer<typeof leadersQuerySchema>;

export const leadersSchema = z.object({
  year: z.number().int(),
  /** False when the caller sees only the contacts under its township or village (missing not judged). */
  whole: z.boolean(),
  leaders: z.array(leaderSchema),
});
export type LeadersView = z.infer<typeof leadersSchema>;

export const createLeaderContactBodySchema = z.object({
  /** The county of the leader; defaults to the caller's county. */
  regionCode: regionCodeSchema.optional(),
  leaderName: z.string().trim().min(1, '请输入领导姓名').max(32, '领导姓名最多32字'),
  leaderTitle: text(40, '职务').nullish(),
  leaderUserId: uuidSchema.nullish(),
  kind: contactKindSchema,
  targetName: z.string().trim().min(1, '请输入联系对象名称').max(100, '联系对象名称最多100字'),
  targetRegionCode: regionCodeSchema.nullish(),
  note: text(500, '备注').nullish(),
});
export type CreateLeaderContactBody = z.infer<typeof createLeaderContactBodySchema>;

export const updateLeaderContactBodySchema = createLeaderContactBodySchema
  .omit({ regionCode: true, leaderName: true, kind: true })
  .partial();
export type UpdateLeaderContactBody = z.infer<typeof updateLeaderContactBodySchema>;

export const contactLogSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  action: contactActionSchema,
  happenedOn: z.string(),
  note: z.string().nullable(),
  /** Logged by the caller. */
  mine: z.boolean(),
  deletable: z.boolean(),
});
export type ContactLogView = z.infer<typeof contactLogSchema>;

export const contactLogsQuerySchema = z.object({ year: yearSchema.optional() });

export const createContactLogBodySchema = z.object({
  action: contactActionSchema,
  happenedOn: day('日期'),
  note: text(500, '备注').nullish(),
});
export type CreateContactLogBody = z.infer<typeof createContactLogBodySchema>;

// —— 十步法 ——

export const tenStepEntrySchema = z.object({
  step: tenStepSchema,
  id: z.string().nullable(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
});

export const stationedCadreSchema = z.object({
  regionCode: z.string(),
  villageName: z.string(),
  cadreName: z.string(),
  /** From the village's stationed work team, or only typed with the steps. */
  fromTeam: z.boolean(),
  role: z.string().nullable(),
  steps: z.array(tenStepEntrySchema),
  done: z.number().int(),
  editable: z.boolean(),
});
export type StationedCadreView = z.infer<typeof stationedCadreSchema>;

export const tenStepsQuerySchema = z.object({ regionCode: regionCodeSchema.optional() });
export const tenStepsSchema = z.object({ cadres: z.array(stationedCadreSchema) });

export const recordStepBodySchema = z.object({
  regionCode: regionCodeSchema,
  cadreName: z.string().trim().min(1, '请输入驻村干部姓名').max(32, '驻村干部姓名最多32字'),
  step: tenStepSchema,
  doneOn: day('完成日期'),
  note: text(500, '备注').nullish(),
});
export type RecordStepBody = z.infer<typeof recordStepBodySchema>;

export const stepRecordSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  cadreName: z.string(),
  step: tenStepSchema,
  doneOn: z.string(),
  note: z.string().nullable(),
  deleted: z.boolean(),
});

// —— 书记拉练 ——

export const tourPlaceSchema = z.object({
  regionCode: regionCodeSchema.nullish(),
  name: z.string().trim().min(1, '请输入拉练地点').max(100, '地点最多100字'),
  note: text(500, '地点说明').nullish(),
});

export const tourSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  theme: z.string(),
  heldOn: z.string(),
  places: z.array(
    z.object({
      regionCode: z.string().nullable(),
      regionName: z.string().nullable(),
      name: z.string(),
      note: z.string().nullable(),
    }),
  ),
  participants: z.string().nullable(),
  notes: z.string().nullable(),
  deleted: z.boolean(),
  editable: z.boolean(),
});
export type TourView = z.infer<typeof tourSchema>;

export const toursQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  year: yearSchema.optional(),
  quarter: z.coerce.number().int().min(1, '季度应为1–4').max(4, '季度应为1–4').optional(),
});

export const toursSchema = z.object({
  year: z.number().int(),
  items: z.array(tourSchema),
  /** Tours per quarter of the year (1–4). */
  quarters: z.array(z.object({ quarter: z.number().int(), count: z.number().int() })),
  /** Quarters already begun (or past) without a tour. */
  missingQuarters: z.array(z.number().int()),
  /** Villages toured in the year (distinct). */
  villagesToured: z.number().int(),
});
export type ToursView = z.infer<typeof toursSchema>;

const tourFields = {
  regionCode: regionCodeSchema.optional(),
  year: yearSchema,
  quarter: z.coerce.number().int('季度应为整数').min(1, '季度应为1–4').max(4, '季度应为1–4'),
  theme: z.string().trim().min(1, '请输入拉练主题').max(100, '主题最多100字'),
  heldOn: day('拉练日期'),
  places: z.array(tourPlaceSchema).max(30, '地点最多30个'),
  participants: text(1000, '参加人员').nullish(),
  notes: text(2000, '拉练情况').nullish(),
};
export const createTourBodySchema = z.object({ ...tourFields, places: tourFields.places.default([]) });
export type CreateTourBody = z.infer<typeof createTourBodySchema>;
export const updateTourBodySchema = z.object(tourFields).omit({ regionCode: true }).partial();
export type UpdateTourBody = z.infer<typeof updateTourBodySchema>;
