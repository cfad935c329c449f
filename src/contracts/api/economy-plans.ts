import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeInputSchema, uuidSchema } from './common';

// 档次与目标、一村一方案、消除薄弱村 (docs/economy.md §4): what the server and the pages share.
// Money is in fen (integers).

const fen = z.number().int('金额应为整数（分）').min(0, '金额不能为负').max(1e13, '金额过大');
const year = z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确');
const boolQuery = z.enum(['true', 'false']).optional();

export const TIER_BASES = ['operating', 'total'] as const;

// —— settings (档次设置) ——

export const bandSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,8}$/, '档次代码为 1–8 位字母或数字'),
  label: z.string().trim().min(1, '请填写档次名称').max(40, '档次名称不超过 40 字'),
  minFen: fen,
});
export type Band = z.infer<typeof bandSchema>;

export const settingsQuerySchema = z.object({ regionCode: regionCodeInputSchema.optional() });

export const settingsSchema = z.object({
  countyCode: z.string(),
  basis: z.enum(TIER_BASES),
  bands: z.array(bandSchema),
  /** True when the county has not saved its own bands yet (CATALOGUES.md §11 defaults). */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  /** The caller may change them (the county). */
  editable: z.boolean(),
});
export type EconomySettings = z.infer<typeof settingsSchema>;

export const settingsBodySchema = z.object({
  basis: z.enum(TIER_BASES),
  bands: z.array(bandSchema).min(2, '至少设置 2 个档次').max(10, '最多设置 10 个档次'),
});
export type SettingsBody = z.infer<typeof settingsBodySchema>;

// —— targets (目标) ——

export const targetSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  byYear: z.number().int(),
  everyMinFen: z.number().int().nullable(),
  shareMinFen: z.number().int().nullable(),
  sharePercent: z.number().int().nullable(),
  editable: z.boolean(),
});
export type EconomyTarget = z.infer<typeof targetSchema>;

export const targetsSchema = z.object({ items: z.array(targetSchema) });
export const targetParamsSchema = z.object({ targetId: uuidSchema });

export const targetBodySchema = z.object({
  /** The county (default) or a township of it. */
  regionCode: regionCodeInputSchema.optional(),
  name: z.string().trim().min(2, '请填写目标名称').max(200, '目标名称不超过 200 字'),
  byYear: year,
  everyMinFen: fen.nullable(),
  shareMinFen: fen.nullable(),
  sharePercent: z.number().int().min(1, '比例为 1–100').max(100, '比例为 1–100').nullable(),
});
export type TargetBody = z.infer<typeof targetBodySchema>;
export const targetPatchSchema = targetBodySchema.omit({ regionCode: true }).partial();
export type TargetPatch = z.infer<typeof targetPatchSchema>;

export const progressQuerySchema = z.object({
  regionCode: regionCodeInputSchema.optional(),
  year: year.optional(),
});

export const villageIncomeSchema = z.object({
  code: z.string(),
  name: z.string(),
  townshipName: z.string().nullable(),
  incomeFen: z.number().int(),
  hasAccount: z.boolean(),
});
export type VillageIncome = z.infer<typeof villageIncomeSchema>;

export const progressSchema = z.object({
  target: targetSchema,
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  basis: z.enum(TIER_BASES),
  villages: z.number().int(),
  withoutAccount: z.number().int(),
  belowEvery: z.number().int(),
  atShare: z.number().int(),
  sharePercent: z.number(),
  shareMissing: z.number().int(),
  met: z.boolean(),
  /** The villages below the floor (everyMinFen), lowest income first. */
  below: z.array(villageIncomeSchema),
});
export type TargetProgressView = z.infer<typeof progressSchema>;

// —— 一村一方案 ——

export const planTargetSchema = z.object({ year: z.number().int().min(2000).max(2100), operatingFen: fen });

export const planSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  regionName: z.string(),
  townshipName: z.string().nullable(),
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  measures: z.string(),
  targets: z.array(planTargetSchema),
  ledProjectId: z.string().nullable(),
  ledProjectTitle: z.string().nullable(),
  deletedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type EconomyPlan = z.infer<typeof planSchema>;
export const planPageSchema = pageOf(planSchema);
export const planParamsSchema = z.object({ planId: uuidSchema });

export const planBodySchema = z.object({
  regionCode: regionCodeInputSchema,
  title: z.string().trim().min(2, '请填写方案名称').max(100, '方案名称不超过 100 字'),
  startYear: year,
  endYear: year,
  measures: z.string().trim().min(1, '请填写发展思路与措施').max(5000, '措施不超过 5000 字'),
  targets: z.array(planTargetSchema).max(10, '年度目标最多 10 个').default([]),
  ledProjectId: uuidSchema.nullish(),
});
export type PlanBody = z.infer<typeof planBodySchema>;
export const planPatchSchema = planBodySchema.omit({ regionCode: true }).partial();
export type PlanPatch = z.infer<typeof planPatchSchema>;

export const planListQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeInputSchema.optional(),
  /** Plans covering this year. */
  year: year.optional(),
  q: z.string().trim().max(50).optional(),
  /** Deleted plans (to restore). */
  deleted: boolQuery,
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

// —— 消除薄弱村 ——

export const weakQuerySchema = pageQuerySchema.extend({
  year,
  regionCode: regionCodeInputSchema.optional(),
  belowFen: z.coerce.number().int().min(1, '金额应大于 0').max(1e13).optional(),
  /** Only the villages with neither a plan nor a led project. */
  unattended: boolQuery,
});
export type WeakVillagesQuery = z.infer<typeof weakQuerySchema>;

export const weakVillageSchema = villageIncomeSchema.extend({
  bandCode: z.string(),
  bandLabel: z.string(),
  plan: z
    .object({ id: z.string(), title: z.string(), startYear: z.number(), endYear: z.number() })
    .nullable(),
  ledProject: z.object({ id: z.string(), title: z.string(), status: z.string() }).nullable(),
  /** Neither a plan covering the year nor a led project. */
  unattended: z.boolean(),
});
export type WeakVillage = z.infer<typeof weakVillageSchema>;

export const weakPageSchema = pageOf(weakVillageSchema).extend({
  year: z.number().int(),
  belowFen: z.number().int(),
  basis: z.enum(TIER_BASES),
  /** Villages below the amount with neither a plan nor a led project (all pages). */
  unattendedTotal: z.number().int(),
});
