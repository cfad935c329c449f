import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeInputSchema, regionCodeSchema, uuidSchema } from './common';
import { workflowActionSchema, workflowStepSchema } from './workflow';

// 争创五旗 (issue 13 item 4, docs/assessments.md §3): the county's flag kinds per level and the
// awards, nominated by the level above the target, reviewed by the township, awarded by the county.

export const FLAG_LEVELS = ['township', 'village', 'group', 'household'] as const;
export const flagLevelSchema = z.enum(FLAG_LEVELS);
export type FlagLevelName = z.infer<typeof flagLevelSchema>;

export const FLAG_STATUSES = ['nominated', 'reviewed', 'awarded', 'rejected', 'revoked'] as const;
export const flagStatusSchema = z.enum(FLAG_STATUSES);

const yearSchema = z.coerce
  .number()
  .int('年度应为整数')
  .min(2000, '年度不早于 2000 年')
  .max(2100, '年度不晚于 2100 年');

// —— kinds (红旗类别) ——

export const flagKindSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: flagLevelSchema,
  description: z.string().nullable(),
  active: z.boolean(),
  sort: z.number().int(),
});
export type FlagKindView = z.infer<typeof flagKindSchema>;

export const flagKindBodySchema = z.object({
  code: z.string().trim().min(1, '请填写编码').max(16, '编码不超过 16 位'),
  name: z.string().trim().min(1, '请填写名称').max(40, '名称不超过 40 字'),
  level: flagLevelSchema,
  description: z.string().trim().max(500, '说明不超过 500 字').nullish(),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(9999).default(0),
});
export type FlagKindBody = z.input<typeof flagKindBodySchema>;

export const updateFlagKindBodySchema = z.object({
  code: flagKindBodySchema.shape.code.optional(),
  name: flagKindBodySchema.shape.name.optional(),
  level: flagLevelSchema.optional(),
  description: flagKindBodySchema.shape.description,
  active: z.boolean().optional(),
  sort: z.number().int().min(0).max(9999).optional(),
});
export type UpdateFlagKindBody = z.infer<typeof updateFlagKindBodySchema>;

export const flagKindsQuerySchema = z.object({
  /** A region of the county whose kinds to read (callers above a county). */
  regionCode: regionCodeSchema.optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const flagKindParams = z.object({ kindId: uuidSchema });

// —— awards (提名、审核、授旗) ——

export const nominateFlagBodySchema = z.object({
  kindId: uuidSchema,
  year: yearSchema,
  /** The township, village or group (屯) nominated; for a household flag, leave out and name the household. */
  regionCode: regionCodeSchema.optional(),
  householdId: uuidSchema.optional(),
  reason: z.string().trim().min(1, '请填写提名事迹').max(1000, '提名事迹不超过 1000 字'),
});
export type NominateFlagBody = z.infer<typeof nominateFlagBodySchema>;

export const flagAwardSchema = z.object({
  id: z.string(),
  kindId: z.string(),
  kindCode: z.string(),
  kindName: z.string(),
  level: flagLevelSchema,
  year: z.number().int(),
  regionCode: z.string(),
  /** Who holds the flag, in words: 平马镇, 那坡村, 那坡村 · 一屯, 那坡村 黄德明户. */
  targetName: z.string(),
  townshipName: z.string().nullable(),
  villageName: z.string().nullable(),
  householdId: z.string().nullable(),
  householdNo: z.string().nullable(),
  status: flagStatusSchema,
  statusLabel: z.string(),
  reason: z.string(),
  nominatedAt: z.string(),
  awardedAt: z.string().nullable(),
  evidenceCount: z.number().int(),
  /** What the caller may do now (审核、授旗、不予通过、撤销). */
  actions: z.array(workflowActionSchema),
});
export type FlagAwardView = z.infer<typeof flagAwardSchema>;

export const flagAwardDetailSchema = flagAwardSchema.extend({ history: z.array(workflowStepSchema) });
export type FlagAwardDetail = z.infer<typeof flagAwardDetailSchema>;

export const FLAG_SORTS = ['recent', 'target'] as const;

export const flagFiltersSchema = z.object({
  year: yearSchema.optional(),
  kindId: uuidSchema.optional(),
  level: flagLevelSchema.optional(),
  status: flagStatusSchema.optional(),
  /** Awards under this township (or village). */
  township: regionCodeInputSchema.optional(),
  /** Words of the target's name, a household's number or its head's name. */
  q: z.string().trim().max(60, '搜索词不超过 60 字').optional(),
  sort: z.enum(FLAG_SORTS).default('recent'),
});
export type FlagFilters = z.infer<typeof flagFiltersSchema>;
export const flagListQuerySchema = flagFiltersSchema.extend(pageQuerySchema.shape);
export type FlagListQuery = z.infer<typeof flagListQuerySchema>;
export const flagPageSchema = pageOf(flagAwardSchema);

export const flagAwardParams = z.object({ awardId: uuidSchema });
export const FLAG_ACTIONS = ['review', 'award', 'reject', 'revoke'] as const;
export const flagActionParams = z.object({ awardId: uuidSchema, action: z.enum(FLAG_ACTIONS) });

// —— counts (报表：按类别、年度) ——

export const flagSummaryQuerySchema = z.object({
  year: yearSchema.optional(),
  township: regionCodeInputSchema.optional(),
});

const countsSchema = z.object({
  /** Flags awarded (授旗). */
  flags: z.number().int(),
  /** Distinct villages holding them (a group's or a household's flag counts for its village); null for township flags. */
  villages: z.number().int().nullable(),
});

export const flagSummarySchema = z.object({
  year: z.number().int().nullable(),
  kinds: z.array(
    countsSchema.extend({
      kindId: z.string(),
      code: z.string(),
      name: z.string(),
      level: flagLevelSchema,
      /** Nominations waiting (待审核、待授旗). */
      pending: z.number().int(),
    }),
  ),
  /** Every flag below township level: T: 34 villages won 44 flags. */
  total: countsSchema.extend({ villages: z.number().int() }),
  byYear: z.array(countsSchema.extend({ year: z.number().int(), villages: z.number().int() })),
});
export type FlagSummary = z.infer<typeof flagSummarySchema>;

// —— 一户一档 ——

export const householdFlagsSchema = z.array(
  z.object({
    id: z.string(),
    kind: z.string(),
    year: z.number().int(),
    status: flagStatusSchema,
    statusLabel: z.string(),
  }),
);
export type HouseholdFlags = z.infer<typeof householdFlagsSchema>;
