import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeInputSchema, regionCodeSchema, uuidSchema } from './common';

// 集体资产、经营主体、利益联结 (issue 14, docs/economy.md §3): a village's collective assets with the
// idle ones and their revival (闲置资产盘活台账), its enterprises and cooperatives with their model
// ("公司 + 基地 + 党支部 + 合作社 + 农户"), and what households got from them (分红、就业) — shown in
// 一户一档. Money in fen.

export const ASSET_KIND_CODES = [
  'land',
  'building',
  'equipment',
  'forest',
  'water',
  'facility',
  'other',
] as const;
export const ASSET_STATES = ['in_use', 'idle', 'reviving', 'revived'] as const;
export const ENTITY_KIND_CODES = ['cooperative', 'company', 'enterprise', 'other'] as const;
/** The parts of "公司 + 基地 + 党支部 + 合作社 + 农户", in that order. */
export const MODEL_PART_CODES = ['company', 'base', 'branch', 'cooperative', 'farmers'] as const;
export const BENEFIT_KINDS = ['dividend', 'job', 'other'] as const;

const dateSchema = z.iso.date('日期格式应为 YYYY-MM-DD');
const fenSchema = z.number().int('金额应为整数（分）').min(0, '金额不能为负').max(1e13, '金额过大');
const text = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 字`);
const yearSchema = z.coerce
  .number()
  .int('年度应为整数')
  .min(2000, '年度不早于 2000 年')
  .max(2100, '年度不晚于 2100 年');
const flagSchema = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

// —— assets (集体资产、闲置资产盘活) ——

export const assetStateSchema = z.enum(ASSET_STATES, '资产状态应为在用、闲置、盘活中或已盘活');
export type AssetStateName = z.infer<typeof assetStateSchema>;

export const assetBodySchema = z.object({
  /** The village (12 digits); a village user may leave it out. */
  regionCode: regionCodeSchema.optional(),
  name: z.string().trim().min(1, '请填写资产名称').max(60, '资产名称不超过 60 字'),
  kind: z.enum(ASSET_KIND_CODES, '请选择资产类别'),
  valueFen: fenSchema.nullish(),
  size: text(40, '规模').nullish(),
  state: assetStateSchema.default('in_use'),
  idleSince: dateSchema.nullish(),
  revivalPlan: text(1000, '盘活方案').nullish(),
  revivedOn: dateSchema.nullish(),
  /** Yearly income once revived (盘活后年收益). */
  revivedIncomeFen: fenSchema.nullish(),
  note: text(500, '备注').nullish(),
});
export type AssetBody = z.input<typeof assetBodySchema>;

export const updateAssetBodySchema = assetBodySchema
  .omit({ regionCode: true, state: true })
  .partial()
  .extend({ state: assetStateSchema.optional() });
export type UpdateAssetBody = z.infer<typeof updateAssetBodySchema>;

export const assetSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  valueFen: z.number().int().nullable(),
  size: z.string().nullable(),
  state: assetStateSchema,
  idleSince: z.string().nullable(),
  revivalPlan: z.string().nullable(),
  revivedOn: z.string().nullable(),
  revivedIncomeFen: z.number().int().nullable(),
  note: z.string().nullable(),
  deleted: z.boolean(),
  updatedAt: z.string(),
});
export type AssetView = z.infer<typeof assetSchema>;

export const ASSET_SORTS = ['recent', 'name', 'value', 'idleSince', 'revivedIncome'] as const;

export const assetFiltersSchema = z.object({
  /** Assets under this township or village. */
  regionCode: regionCodeInputSchema.optional(),
  kind: z.enum(ASSET_KIND_CODES).optional(),
  state: assetStateSchema.optional(),
  /** 闲置资产盘活台账: assets that are or were idle (idle, reviving, revived). */
  idle: flagSchema,
  q: z.string().trim().max(60, '搜索词不超过 60 字').optional(),
  sort: z.enum(ASSET_SORTS).default('recent'),
});
export type AssetFilters = z.infer<typeof assetFiltersSchema>;
export const assetListQuerySchema = assetFiltersSchema.extend(pageQuerySchema.shape);
export type AssetListQuery = z.infer<typeof assetListQuerySchema>;
export const assetPageSchema = pageOf(assetSchema);
export const assetParams = z.object({ assetId: uuidSchema });

export const assetSummaryQuerySchema = z.object({
  regionCode: regionCodeInputSchema.optional(),
  /** Revived income counts assets revived by the end of this year; `revivedInYear` those revived in it. */
  year: yearSchema.optional(),
});

const idleCountsSchema = z.object({
  idle: z.number().int(),
  reviving: z.number().int(),
  revived: z.number().int(),
  revivedInYear: z.number().int(),
  /** Yearly income of the revived assets (盘活后年收益合计). */
  revivedIncomeFen: z.number().int(),
});

export const assetSummarySchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int().nullable(),
  total: idleCountsSchema,
  /** Per township (county callers) or village (township and village callers). */
  rows: z.array(idleCountsSchema.extend({ regionCode: z.string(), name: z.string() })),
});
export type AssetSummary = z.infer<typeof assetSummarySchema>;

// —— enterprises and cooperatives (经营主体) ——

export const modelPartSchema = z.enum(MODEL_PART_CODES, '模式组成应为公司、基地、党支部、合作社或农户');

export const entityBodySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  name: z.string().trim().min(1, '请填写主体名称').max(60, '主体名称不超过 60 字'),
  kind: z.enum(ENTITY_KIND_CODES, '请选择主体类型'),
  industry: text(40, '产业').nullish(),
  model: z.array(modelPartSchema).max(5).default([]),
  partners: text(200, '合作方').nullish(),
  establishedOn: dateSchema.nullish(),
  memberHouseholds: z.number().int('户数应为整数').min(0, '户数不能为负').max(100000).nullish(),
  note: text(500, '备注').nullish(),
});
export type EntityBody = z.input<typeof entityBodySchema>;

export const updateEntityBodySchema = entityBodySchema
  .omit({ regionCode: true, model: true })
  .partial()
  .extend({
    model: z.array(modelPartSchema).max(5).optional(),
  });
export type UpdateEntityBody = z.infer<typeof updateEntityBodySchema>;

export const entitySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  industry: z.string().nullable(),
  model: z.array(modelPartSchema),
  /** The model in words: 公司 + 基地 + 党支部 + 合作社 + 农户. */
  modelLabel: z.string(),
  partners: z.string().nullable(),
  establishedOn: z.string().nullable(),
  memberHouseholds: z.number().int().nullable(),
  note: z.string().nullable(),
  deleted: z.boolean(),
  updatedAt: z.string(),
});
export type EntityView = z.infer<typeof entitySchema>;

export const entityFiltersSchema = z.object({
  regionCode: regionCodeInputSchema.optional(),
  kind: z.enum(ENTITY_KIND_CODES).optional(),
  q: z.string().trim().max(60, '搜索词不超过 60 字').optional(),
  sort: z.enum(['recent', 'name']).default('recent'),
});
export type EntityFilters = z.infer<typeof entityFiltersSchema>;
export const entityListQuerySchema = entityFiltersSchema.extend(pageQuerySchema.shape);
export type EntityListQuery = z.infer<typeof entityListQuerySchema>;
export const entityPageSchema = pageOf(entitySchema);
export const entityParams = z.object({ entityId: uuidSchema });

// —— benefits to households (利益联结) ——

export const benefitKindSchema = z.enum(BENEFIT_KINDS, '受益方式应为分红、就业或其他');

export const benefitBodySchema = z.object({
  householdId: uuidSchema,
  entityId: uuidSchema.nullish(),
  year: yearSchema,
  kind: benefitKindSchema,
  amountFen: fenSchema.default(0),
  /** People of the household employed (就业人数). */
  jobs: z.number().int('人数应为整数').min(0, '人数不能为负').max(50, '人数不超过 50').default(0),
  note: text(500, '备注').nullish(),
});
export type BenefitBody = z.input<typeof benefitBodySchema>;

export const updateBenefitBodySchema = benefitBodySchema.omit({ householdId: true }).partial();
export type UpdateBenefitBody = z.infer<typeof updateBenefitBodySchema>;

export const benefitSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  villageName: z.string().nullable(),
  householdId: z.string(),
  householdNo: z.string().nullable(),
  headName: z.string().nullable(),
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  year: z.number().int(),
  kind: benefitKindSchema,
  amountFen: z.number().int(),
  jobs: z.number().int(),
  note: z.string().nullable(),
});
export type BenefitView = z.infer<typeof benefitSchema>;

export const benefitFiltersSchema = z.object({
  regionCode: regionCodeInputSchema.optional(),
  year: yearSchema.optional(),
  kind: benefitKindSchema.optional(),
  entityId: uuidSchema.optional(),
  /** A household's number or its head's name. */
  q: z.string().trim().max(60, '搜索词不超过 60 字').optional(),
  sort: z.enum(['recent', 'amount']).default('recent'),
});
export type BenefitFilters = z.infer<typeof benefitFiltersSchema>;
export const benefitListQuerySchema = benefitFiltersSchema.extend(pageQuerySchema.shape);
export type BenefitListQuery = z.infer<typeof benefitListQuerySchema>;
export const benefitPageSchema = pageOf(benefitSchema).extend({
  /** Sums over every page of the filter. */
  amountFen: z.number().int(),
  jobs: z.number().int(),
});
export const benefitParams = z.object({ benefitId: uuidSchema });

// —— 一户一档 ——

export const householdEconomyBenefitsSchema = z.array(
  z.object({
    id: z.string(),
    year: z.number().int(),
    kind: benefitKindSchema,
    kindLabel: z.string(),
    amountFen: z.number().int(),
    jobs: z.number().int(),
    entityName: z.string().nullable(),
    note: z.string().nullable(),
  }),
);
export type HouseholdEconomyBenefits = z.infer<typeof householdEconomyBenefitsSchema>;
