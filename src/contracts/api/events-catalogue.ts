import { z } from 'zod';
import { departmentSchema } from '../roles';
import { regionCodeSchema, uuidSchema } from './common';
import { handlingLevelSchema, requiredFieldSchema, stageKindSchema, timeLimitSchema } from './events';

// The county's editable catalogues of grid events (issue 12 items 2 and 6): 事件类别 and 服务清单.
// Departments, stages and units are taken as plain strings and checked by the server
// (events/catalogue-policy.ts), so a wrong one is a 422 naming the field, in Chinese.

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 字`);

/** A time limit as typed on the page: checked by the server (unit wd, d or h; whole numbers). */
const looseLimitSchema = z.object({ amount: z.number(), unit: z.string().max(8) });

export const categoryBodySchema = z.object({
  code: z.string().trim().max(16, '编码不超过 16 个字符'),
  name: text('类别名称', 30),
  description: z.string().trim().max(500, '说明不超过 500 字').nullable().optional(),
  handlingLevel: handlingLevelSchema,
  departments: z.array(z.string().max(40)).max(30).default([]),
  /** Every stage's limit: accept, village, township, acknowledge, handle, review. */
  limits: z.record(z.string().max(20), looseLimitSchema),
  requiredFields: z.array(requiredFieldSchema).max(3).default([]),
  urgent: z.boolean().default(false),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(9999).default(0),
});
export type CategoryBody = z.input<typeof categoryBodySchema>;

export const updateCategoryBodySchema = z.object({
  code: z.string().trim().max(16, '编码不超过 16 个字符').optional(),
  name: text('类别名称', 30).optional(),
  description: z.string().trim().max(500, '说明不超过 500 字').nullable().optional(),
  handlingLevel: handlingLevelSchema.optional(),
  departments: z.array(z.string().max(40)).max(30).optional(),
  limits: z.record(z.string().max(20), looseLimitSchema).optional(),
  requiredFields: z.array(requiredFieldSchema).max(3).optional(),
  urgent: z.boolean().optional(),
  active: z.boolean().optional(),
  sort: z.number().int().min(0).max(9999).optional(),
});
export type UpdateCategoryBody = z.input<typeof updateCategoryBodySchema>;

export const categorySchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  handlingLevel: handlingLevelSchema,
  departments: z.array(departmentSchema),
  limits: z.partialRecord(stageKindSchema, timeLimitSchema),
  requiredFields: z.array(requiredFieldSchema),
  urgent: z.boolean(),
  active: z.boolean(),
  sort: z.number().int(),
  updatedAt: z.string(),
});
export type CategoryView = z.infer<typeof categorySchema>;

export const categoryParams = z.object({ categoryId: uuidSchema });

/** The county whose catalogue is read: a region in the caller's county (default: the caller's own). */
export const catalogueQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  /** Stopped ones too (the county admin's editor). */
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const SERVICE_INTAKES = ['V', 'V→T', 'V→bank', 'T'] as const;

const serviceItemFields = {
  code: z.string().trim().max(16, '编码不超过 16 个字符'),
  domain: text('服务领域', 20),
  name: text('事项名称', 60),
  /** V 村内办结, V→T 村代办乡镇办理, V→bank 村代办银行办理, T 乡镇办理. */
  intake: z.string().max(12),
  place: text('定点（办理地点）', 200),
  person: text('定员（经办人）', 200),
  hours: text('定时（办理时间）', 200),
  standard: text('定标（办事指南）', 2000),
  timeLimit: looseLimitSchema.nullable().optional(),
  limitNote: z.string().trim().max(200, '时限说明不超过 200 字').nullable().optional(),
  /** The event category a request becomes (E06 …), one of the county's active categories. */
  categoryCode: z.string().trim().max(16),
  active: z.boolean(),
  sort: z.number().int().min(0).max(9999),
};
export const serviceItemBodySchema = z.object({
  ...serviceItemFields,
  active: serviceItemFields.active.default(true),
  sort: serviceItemFields.sort.default(0),
});
export type ServiceItemBody = z.input<typeof serviceItemBodySchema>;
/** Only the fields sent change (no defaults: a PATCH never reactivates an item by leaving `active` out). */
export const updateServiceItemBodySchema = z.object(serviceItemFields).partial();
export type UpdateServiceItemBody = z.input<typeof updateServiceItemBodySchema>;

export const serviceItemSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  code: z.string(),
  domain: z.string(),
  name: z.string(),
  /** Pinyin initials of the name (城乡居民医保参保缴费 → cxjmybcbjf) for searching on a phone. */
  initials: z.string(),
  intake: z.string(),
  place: z.string(),
  person: z.string(),
  hours: z.string(),
  standard: z.string(),
  timeLimit: timeLimitSchema.nullable(),
  limitNote: z.string().nullable(),
  categoryCode: z.string(),
  categoryId: uuidSchema.nullable(),
  categoryName: z.string().nullable(),
  active: z.boolean(),
  sort: z.number().int(),
  updatedAt: z.string(),
});
export type ServiceItemView = z.infer<typeof serviceItemSchema>;

export const serviceItemParams = z.object({ itemId: uuidSchema });
