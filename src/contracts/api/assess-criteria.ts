import { z } from 'zod';
import { uuidSchema } from './common';
import { textSchema } from './home';

// 评定标准 (criteria sets) and 推演 (what-if) of assessments (docs/assessments.md §1). Shapes the
// server cannot check alone (codes unique, a figure installed, thresholds in order) are checked by
// criteria/policy.ts and answered as a 422 naming the field, in Chinese.

export const SCORING_METHODS = ['points', 'yesno', 'tiers', 'percent', 'veto'] as const;
export const scoringMethodSchema = z.enum(SCORING_METHODS, '计分方式应为分值、是否、档次、百分比或否决');
export const SOURCE_MAPS = ['tiers', 'atLeast', 'atMost', 'percent'] as const;
export const criteriaStatusSchema = z.enum(['draft', 'published']);

const points = (label: string) =>
  z
    .number(`${label}应为数字`)
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负`)
    .max(1000, `${label}不超过 1000`);

export const tierSchema = z.object({
  label: z.string().trim().min(1, '请填写档次名称').max(40, '档次名称不超过 40 字'),
  points: points('档次分值'),
  min: z.number('档次下限应为数字').optional(),
});

export const sourceSchema = z.object({
  figure: z.string().trim().min(1, '请选择读取的数据').max(80),
  map: z.enum(SOURCE_MAPS, '换算方式应为档次、不少于、不多于或百分比'),
  min: z.number().optional(),
  max: z.number().optional(),
  years: z.number().int().min(1).max(5).optional(),
});

export const thresholdsSchema = z.object({
  five: points('五星分数线'),
  four: points('四星分数线'),
  three: points('三星分数线'),
  two: points('二星分数线'),
});

const share = z.number().int().min(0).max(100).optional();
export const rulesSchema = z.object({
  satisfaction: z
    .object({
      indicator: z.string().trim().min(1, '请填写满意度指标编码').max(16),
      below: z.number().int().min(0).max(100, '满意度下限应在 0 至 100 之间'),
      maxStars: z.number().int().min(1).max(5, '最高星级应在 1 至 5 之间'),
    })
    .nullable()
    .optional(),
  vetoMaxStars: z
    .number()
    .int()
    .min(1, '否决后最高星级应在 1 至 5 之间')
    .max(5, '否决后最高星级应在 1 至 5 之间'),
  caps: z.object({ five: share, four: share, one: share }).nullable().optional(),
});

export const indicatorSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  area: z.string(),
  areaName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  method: scoringMethodSchema,
  maxPoints: z.number().int(),
  tiers: z.array(tierSchema).nullable(),
  evidence: z.string().nullable(),
  evidenceRequired: z.boolean(),
  source: sourceSchema.nullable(),
  /** The figure's name when the indicator is filled from records (「自动读取：…」). */
  sourceLabel: textSchema.nullable(),
  sort: z.number().int(),
});
export type IndicatorView = z.infer<typeof indicatorSchema>;

export const setSummarySchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  name: z.string(),
  status: criteriaStatusSchema,
  basedOnId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  indicatorCount: z.number().int(),
  /** The most points the set gives (veto indicators left out). */
  maxTotal: z.number().int(),
  updatedAt: z.string(),
});
export type SetSummary = z.infer<typeof setSummarySchema>;

export const setDetailSchema = setSummarySchema.extend({
  thresholds: thresholdsSchema,
  rules: rulesSchema,
  indicators: z.array(indicatorSchema),
});
export type SetDetail = z.infer<typeof setDetailSchema>;

export const setListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: criteriaStatusSchema.optional(),
});

const yearSchema = z
  .number('请填写年度')
  .int()
  .min(2000, '年度应在 2000 至 2100 之间')
  .max(2100, '年度应在 2000 至 2100 之间');
const nameSchema = z.string().trim().min(1, '请填写标准名称').max(60, '标准名称不超过 60 字');

export const createSetBodySchema = z.object({ year: yearSchema, name: nameSchema.optional() });
export const copySetBodySchema = z.object({ year: yearSchema, name: nameSchema.optional() });
export const patchSetBodySchema = z.object({
  name: nameSchema.optional(),
  thresholds: thresholdsSchema.optional(),
  rules: rulesSchema.optional(),
});
export type PatchSetBody = z.infer<typeof patchSetBodySchema>;

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过 ${max} 字`).nullable().optional();

export const indicatorBodySchema = z.object({
  code: z.string().trim().max(16, '编码不超过 16 个字符'),
  area: z.string().trim().max(8, '领域编码不超过 8 个字符'),
  areaName: optionalText('领域名称', 20),
  name: z.string().trim().min(1, '请填写指标名称').max(200, '指标名称不超过 200 字'),
  description: optionalText('评分说明', 500),
  method: scoringMethodSchema,
  maxPoints: points('满分'),
  tiers: z.array(tierSchema).max(20, '档次不超过 20 个').nullable().optional(),
  evidence: optionalText('佐证材料', 200),
  evidenceRequired: z.boolean().default(false),
  source: sourceSchema.nullable().optional(),
});
export type IndicatorBody = z.infer<typeof indicatorBodySchema>;
export const patchIndicatorBodySchema = indicatorBodySchema.partial();
export type PatchIndicatorBody = z.infer<typeof patchIndicatorBodySchema>;

export const indicatorOrderBodySchema = z.object({ ids: z.array(uuidSchema).min(1).max(200) });

export const setParams = z.object({ setId: uuidSchema });
export const indicatorParams = z.object({ setId: uuidSchema, indicatorId: uuidSchema });

export const figureSchema = z.object({
  key: z.string(),
  label: textSchema,
  unit: textSchema,
  definition: textSchema,
});
export type FigureView = z.infer<typeof figureSchema>;

// —— 推演 (what-if) ——

export const whatIfBodySchema = z.object({
  campaignId: uuidSchema.optional(),
  /** Only the villages that move (up or down). */
  movedOnly: z.boolean().default(false),
});

export const directionSchema = z.enum(['up', 'down', 'same']);
export const whatIfVillageSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  townshipName: z.string(),
  oldStars: z.number().int().nullable(),
  newStars: z.number().int(),
  oldTotal: z.number().int().nullable(),
  newTotal: z.number().int(),
  direction: directionSchema,
});
export type WhatIfVillage = z.infer<typeof whatIfVillageSchema>;

export const campaignRefSchema = z.object({
  id: uuidSchema,
  year: z.number().int(),
  name: z.string(),
  status: z.string(),
});

export const whatIfSchema = z.object({
  campaign: campaignRefSchema,
  /** The county's published campaigns, newest first (to pick another). */
  campaigns: z.array(campaignRefSchema),
  counts: z.object({ up: z.number().int(), down: z.number().int(), same: z.number().int() }),
  /** Indicator codes of the set that the campaign did not score (they count 0). */
  missing: z.array(z.string()),
  villages: z.array(whatIfVillageSchema),
});
export type WhatIf = z.infer<typeof whatIfSchema>;
