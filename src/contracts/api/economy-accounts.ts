import { z } from 'zod';
import { okSchema, pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 年度收支 (docs/economy.md §2): one account per village and year, its income lines by source
// (CATALOGUES.md §11 codes I1–I6) and quarter, the Excel template/import/export and the quarterly
// return (季度报表) a township sends up. Money is fen (integers) on the wire.

export const INCOME_CODES = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6'] as const;
export const incomeCodeSchema = z.enum(INCOME_CODES, '科目代码应为 I1–I6');
export type IncomeCodeValue = z.infer<typeof incomeCodeSchema>;

export const INCOME_CODE_LABELS: Record<IncomeCodeValue, string> = {
  I1: '经营收入',
  I2: '发包及上交收入',
  I3: '投资收益',
  I4: '补助收入',
  I5: '其他收入',
  I6: '农业税附加返还收入',
};

/** I6 was deleted by the 2023 accounting system: refused from this year on. */
export const I6_LAST_YEAR = 2023;

const yearSchema = z.coerce
  .number()
  .int('年度应为整数')
  .min(2000, '年度应在2000年以后')
  .max(2100, '年度应在2100年以前');

export const bandSchema = z.object({ code: z.string(), label: z.string(), minFen: z.number().int() });

export const ACCOUNT_SORTS = ['region', 'operating', 'total', 'contracting'] as const;
export const accountFiltersSchema = z.object({
  year: yearSchema,
  regionCode: regionCodeSchema.optional(),
  q: z.string().trim().max(50, '搜索词最多50字').optional(),
  band: z.string().trim().max(8).optional(),
});
export type AccountFilters = z.infer<typeof accountFiltersSchema>;

export const accountListQuerySchema = pageQuerySchema.extend(accountFiltersSchema.shape).extend({
  sort: z.enum(ACCOUNT_SORTS).default('region'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;

export const accountSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  regionCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  operatingFen: z.number().int(),
  totalFen: z.number().int(),
  contractingFen: z.number().int(),
  /** The tier (档次) under the county's bands and basis. */
  bandCode: z.string(),
  bandLabel: z.string(),
  note: z.string().nullable(),
  lineCount: z.number().int(),
  updatedAt: z.string(),
});
export type AccountView = z.infer<typeof accountSchema>;

export const accountPageSchema = pageOf(accountSchema).extend({
  /** The bands of the caller's county (for the tier filter). */
  bands: z.array(bandSchema),
  basis: z.enum(['operating', 'total']),
});

export const lineSchema = z.object({
  id: z.string(),
  quarter: z.number().int(),
  code: incomeCodeSchema,
  item: z.string(),
  contracting: z.boolean(),
  amountFen: z.number().int(),
  note: z.string().nullable(),
});
export type LineView = z.infer<typeof lineSchema>;

export const accountDetailSchema = accountSchema.extend({ lines: z.array(lineSchema) });
export type AccountDetail = z.infer<typeof accountDetailSchema>;

const noteSchema = z.string().trim().max(500, '备注最多500字').nullable().optional();

export const createAccountBodySchema = z.object({
  regionCode: regionCodeSchema,
  year: yearSchema,
  note: noteSchema,
});
export const patchAccountBodySchema = z.object({ note: noteSchema });

// Numbers are checked by policy.ts so a wrong one answers 422 naming its field in Chinese.
export const lineBodySchema = z.object({
  quarter: z.number(),
  code: z.string(),
  item: z.string().trim().min(1, '请填写明细').max(100, '明细最多100字'),
  contracting: z.boolean().default(false),
  amountFen: z.number(),
  note: noteSchema,
});
export type LineBody = z.infer<typeof lineBodySchema>;
export const patchLineBodySchema = lineBodySchema.partial();
export type PatchLineBody = z.infer<typeof patchLineBodySchema>;

export const accountParams = z.object({ accountId: uuidSchema });
export const lineParams = z.object({ lineId: uuidSchema });
export const deletedSchema = okSchema;

export const accountExportQuerySchema = accountFiltersSchema.extend({
  sort: z.enum(ACCOUNT_SORTS).default('region'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

// —— 季度报表 ——

export const quarterlyQuerySchema = z.object({
  year: yearSchema,
  quarter: z.coerce.number().int('季度应为1–4').min(1, '季度应为1–4').max(4, '季度应为1–4'),
  regionCode: regionCodeSchema.optional(),
});
export type QuarterlyQuery = z.infer<typeof quarterlyQuerySchema>;

const fenSchema = z.number().int();
const bySourceSchema = z.object({
  I1: fenSchema,
  I2: fenSchema,
  I3: fenSchema,
  I4: fenSchema,
  I5: fenSchema,
  I6: fenSchema,
});

export const quarterlyRowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  /** Villages under the row (1 for a village row). */
  villages: z.number().int(),
  /** Income booked in quarters 1…quarter of the year, by source. */
  bySource: bySourceSchema,
  operatingFen: z.number().int(),
  totalFen: z.number().int(),
  contractingFen: z.number().int(),
  /** A village's tier; for a township, null (see tierCounts). */
  bandCode: z.string().nullable(),
  bandLabel: z.string().nullable(),
  /** A township's villages per tier (band code → villages). */
  tierCounts: z.record(z.string(), z.number().int()).nullable(),
  lastYearOperatingFen: z.number().int(),
  lastYearTotalFen: z.number().int(),
  /** Growth of the tier basis over the same quarter last year, percent (one decimal); null from 0. */
  growthPercent: z.number().nullable(),
});
export type QuarterlyRow = z.infer<typeof quarterlyRowSchema>;

export const quarterlyReturnSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  rowLevel: z.enum(['township', 'village']),
  basis: z.enum(['operating', 'total']),
  bands: z.array(bandSchema),
  rows: z.array(quarterlyRowSchema),
  total: quarterlyRowSchema,
});
export type QuarterlyReturn = z.infer<typeof quarterlyReturnSchema>;
