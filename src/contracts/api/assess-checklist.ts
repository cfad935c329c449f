import { z } from 'zod';
import { regionCodeSchema, uuidSchema } from './common';

// 十有五化 (docs/assessments.md §4, CATALOGUES.md §10): the county's catalogue of items, a village's
// checklist for a year, and the completion rates per village and township. Items with a `source`
// are answered by the records (a figure of the installed modules), never ticked by hand.

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 字`);

export const checklistGroupSchema = z.enum(['have', 'ize']);

/** A figure and how its value answers the item: yes when figure ≥ min (atLeast) or ≤ max (atMost). */
export const checklistSourceSchema = z.object({
  figure: z.string().trim().min(1, '请选择数据来源').max(60),
  map: z.enum(['atLeast', 'atMost'], '判定方式应为“不少于”或“不多于”'),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type ChecklistSource = z.infer<typeof checklistSourceSchema>;

export const checklistItemBodySchema = z.object({
  code: z.string().trim().max(16, '编码不超过 16 个字符'),
  group: checklistGroupSchema,
  name: text('名称', 40),
  evidence: z.string().trim().max(300, '佐证要求不超过 300 字').nullable().optional(),
  source: checklistSourceSchema.nullable().optional(),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(9999).default(0),
});
export type ChecklistItemBody = z.input<typeof checklistItemBodySchema>;

export const updateChecklistItemBodySchema = z.object({
  name: text('名称', 40).optional(),
  evidence: z.string().trim().max(300, '佐证要求不超过 300 字').nullable().optional(),
  source: checklistSourceSchema.nullable().optional(),
  active: z.boolean().optional(),
  sort: z.number().int().min(0).max(9999).optional(),
});
export type UpdateChecklistItemBody = z.input<typeof updateChecklistItemBodySchema>;

export const checklistItemSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  code: z.string(),
  group: checklistGroupSchema,
  name: z.string(),
  evidence: z.string().nullable(),
  source: checklistSourceSchema.nullable(),
  /** The source figure's name (数据来源), when it has one. */
  sourceLabel: z.string().nullable(),
  active: z.boolean(),
  sort: z.number().int(),
  updatedAt: z.string(),
});
export type ChecklistItemView = z.infer<typeof checklistItemSchema>;

export const checklistItemsQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const checklistItemParams = z.object({ itemId: uuidSchema });
export const checklistVillageParams = z.object({ regionCode: regionCodeSchema });
export const checklistEntryParams = checklistVillageParams.extend({ itemId: uuidSchema });

export const yearSchema = z.coerce
  .number('请填写年度')
  .int('年度应为整数')
  .min(2000, '年度应在 2000 年以后')
  .max(2100, '年度不正确');

export const checklistYearQuerySchema = z.object({ year: yearSchema.optional() });

export const checklistEntryBodySchema = z.object({
  year: yearSchema,
  done: z.boolean().optional(),
  note: z.string().trim().max(500, '说明不超过 500 字').nullable().optional(),
});
export type ChecklistEntryBody = z.infer<typeof checklistEntryBodySchema>;

export const checklistEntrySchema = z.object({
  /** The entry row (attachments hang on it: /api/attachments/checklist_entry/:id). */
  id: uuidSchema,
  itemId: uuidSchema,
  code: z.string(),
  group: checklistGroupSchema,
  name: z.string(),
  evidence: z.string().nullable(),
  done: z.boolean(),
  note: z.string().nullable(),
  /** Answered by the records: `done` is the figure's answer and cannot be ticked by hand. */
  fromRecords: z.boolean(),
  sourceLabel: z.string().nullable(),
  /** The rule as a sentence (当前超期事件数 不多于 0). */
  sourceRule: z.string().nullable(),
  recordValue: z.number().nullable(),
  recordAt: z.string().nullable(),
  evidenceCount: z.number().int(),
  updatedAt: z.string(),
});
export type ChecklistEntryView = z.infer<typeof checklistEntrySchema>;

export const villageChecklistSchema = z.object({
  regionCode: z.string(),
  villageName: z.string(),
  year: z.number().int(),
  /** Whether the caller may tick, note and add evidence for this year now. */
  editable: z.boolean(),
  done: z.number().int(),
  total: z.number().int(),
  /** done ÷ total, per cent to one decimal (null when the county has no active item). */
  rate: z.number().nullable(),
  entries: z.array(checklistEntrySchema),
});
export type VillageChecklist = z.infer<typeof villageChecklistSchema>;

export const checklistSummaryQuerySchema = z.object({
  year: yearSchema.optional(),
  township: regionCodeSchema.optional(),
});
export type ChecklistSummaryQuery = z.infer<typeof checklistSummaryQuerySchema>;

export const checklistVillageRowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  townshipCode: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  rate: z.number().nullable(),
  allDone: z.boolean(),
  /** When the record-answered items were last read for this village (null: never). */
  recordAt: z.string().nullable(),
});
export type ChecklistVillageRow = z.infer<typeof checklistVillageRowSchema>;

export const checklistTownshipRowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  villages: z.number().int(),
  /** Mean of its villages' rates, per cent to one decimal. */
  meanRate: z.number().nullable(),
  allDone: z.number().int(),
});
export type ChecklistTownshipRow = z.infer<typeof checklistTownshipRowSchema>;

export const checklistSummarySchema = z.object({
  year: z.number().int(),
  county: z.string(),
  activeItems: z.number().int(),
  townships: z.array(checklistTownshipRowSchema),
  villages: z.array(checklistVillageRowSchema),
});
export type ChecklistSummary = z.infer<typeof checklistSummarySchema>;

export const checklistRefreshBodySchema = z.object({
  year: yearSchema,
  township: regionCodeSchema.optional(),
});
export const checklistRefreshSchema = z.object({ villages: z.number().int(), entries: z.number().int() });
