import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 集体经济总览 (docs/economy.md §7): tier summaries per region and year, the trend over years, the
// villages behind any figure (drill-down) and one village's page. Money is in fen (integers);
// pages show 元 or 万元. Tiers count the county's basis (operating income by default).

const yearSchema = z.coerce
  .number('请填写年度')
  .int('年度应为整数')
  .min(2000, '年度应在 2000 年以后')
  .max(2100, '年度不正确');

const fenQuery = z.coerce.number('金额应为数字').int('金额应为整数（分）').min(0, '金额不能为负');

export const tierBasisSchema = z.enum(['operating', 'total']);

export const incomeBandSchema = z.object({ code: z.string(), label: z.string(), minFen: z.number().int() });
export type IncomeBandView = z.infer<typeof incomeBandSchema>;

/** Villages per band (in the bands' order) and at or above each band's least amount. */
export const tierCountsSchema = z.object({
  /** Villages under the region (with or without an account). */
  villages: z.number().int(),
  /** Villages with an account of the year; the others count as 0 income. */
  withAccount: z.number().int(),
  /** Sum of the basis income (the tiers' basis), fen. */
  basisFen: z.number().int(),
  /** basisFen ÷ villages, fen. */
  averageFen: z.number().int(),
  operatingFen: z.number().int(),
  /** 总收入. */
  totalFen: z.number().int(),
  /** 发包及上交 (I2 before 2024, tagged lines after). */
  contractingFen: z.number().int(),
  counts: z.array(z.object({ code: z.string(), villages: z.number().int() })),
  atLeast: z.array(z.object({ code: z.string(), minFen: z.number().int(), villages: z.number().int() })),
});
export type TierCounts = z.infer<typeof tierCountsSchema>;

export const targetProgressSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  byYear: z.number().int(),
  everyMinFen: z.number().int().nullable(),
  shareMinFen: z.number().int().nullable(),
  sharePercent: z.number().int().nullable(),
  villages: z.number().int(),
  /** Villages below everyMinFen. */
  belowEvery: z.number().int(),
  /** Villages at shareMinFen or more, and their share in per cent (one decimal). */
  atShare: z.number().int(),
  atSharePercent: z.number(),
  /** Villages still needed at shareMinFen. */
  shareMissing: z.number().int(),
  met: z.boolean(),
});
export type TargetProgressView = z.infer<typeof targetProgressSchema>;

export const economySummaryQuerySchema = z.object({
  year: yearSchema.optional(),
  /** Default: the caller's own region. */
  regionCode: regionCodeSchema.optional(),
});
export type EconomySummaryQuery = z.infer<typeof economySummaryQuerySchema>;

export const regionLevelSchema = z.enum(['province', 'city', 'county', 'township', 'village', 'group']);

export const summaryChildSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  level: regionLevelSchema,
  year: tierCountsSchema,
  previous: tierCountsSchema,
  /** Growth of basisFen over the year before, per cent (one decimal); null when it was 0. */
  growthPercent: z.number().nullable(),
});
export type SummaryChild = z.infer<typeof summaryChildSchema>;

export const economySummarySchema = z.object({
  year: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  level: regionLevelSchema,
  /** The county whose bands and targets apply (null above a county: the default bands). */
  countyCode: z.string().nullable(),
  basis: tierBasisSchema,
  bands: z.array(incomeBandSchema),
  current: tierCountsSchema,
  previous: tierCountsSchema,
  growthPercent: z.number().nullable(),
  /** Townships of a county, villages of a township, counties of a prefecture or province. */
  childLevel: regionLevelSchema.nullable(),
  children: z.array(summaryChildSchema),
  /** Villages without an account of the year (counted as 0), first 100 by code. */
  withoutAccount: z.array(z.object({ regionCode: z.string(), name: z.string() })),
  targets: z.array(targetProgressSchema),
});
export type EconomySummary = z.infer<typeof economySummarySchema>;

export const economyTrendQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  /** Default: four years before `to`. */
  from: yearSchema.optional(),
  /** Default: this year. */
  to: yearSchema.optional(),
});
export type EconomyTrendQuery = z.infer<typeof economyTrendQuerySchema>;

export const economyTrendSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  basis: tierBasisSchema,
  bands: z.array(incomeBandSchema),
  years: z.array(tierCountsSchema.extend({ year: z.number().int(), growthPercent: z.number().nullable() })),
});
export type EconomyTrend = z.infer<typeof economyTrendSchema>;

export const drillSortSchema = z.enum([
  'basisDesc',
  'basisAsc',
  'totalDesc',
  'growthDesc',
  'growthAsc',
  'code',
]);

export const economyDrillQuerySchema = pageQuerySchema.extend({
  year: yearSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  /** A band code (T2): villages in that band. */
  band: z.string().max(16).optional(),
  /** Basis income at least this (fen): the "≥ 10 万" figures. */
  atLeastFen: fenQuery.optional(),
  /** Basis income below this (fen): 薄弱村 below 5 万. */
  belowFen: fenQuery.optional(),
  /** Only villages without an account of the year. */
  withoutAccount: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: drillSortSchema.default('basisDesc'),
});
export type EconomyDrillQuery = z.input<typeof economyDrillQuerySchema>;
export type EconomyDrillFilter = z.output<typeof economyDrillQuerySchema>;

export const drillRowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  /** The account of the year (null: none, counted as 0). */
  accountId: uuidSchema.nullable(),
  operatingFen: z.number().int(),
  totalFen: z.number().int(),
  contractingFen: z.number().int(),
  basisFen: z.number().int(),
  band: z.string(),
  bandLabel: z.string(),
  previousBasisFen: z.number().int().nullable(),
  growthPercent: z.number().nullable(),
});
export type DrillRow = z.infer<typeof drillRowSchema>;

export const economyDrillSchema = pageOf(drillRowSchema).extend({
  year: z.number().int(),
  basis: tierBasisSchema,
  /** Sums over every matching village (not only this page): equal to the figure drilled from. */
  sums: z.object({
    basisFen: z.number().int(),
    operatingFen: z.number().int(),
    totalFen: z.number().int(),
    contractingFen: z.number().int(),
  }),
});
export type EconomyDrill = z.infer<typeof economyDrillSchema>;

export const economyVillageParams = z.object({ regionCode: regionCodeSchema });

export const villageAccountYearSchema = z.object({
  accountId: uuidSchema,
  year: z.number().int(),
  operatingFen: z.number().int(),
  totalFen: z.number().int(),
  contractingFen: z.number().int(),
  /** Lines summed by source code (I1–I6). */
  bySource: z.array(z.object({ code: z.string(), amountFen: z.number().int() })),
  band: z.string(),
  bandLabel: z.string(),
  growthPercent: z.number().nullable(),
});

export const economyVillageSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  basis: tierBasisSchema,
  bands: z.array(incomeBandSchema),
  /** Newest year first. */
  accounts: z.array(villageAccountYearSchema),
  assets: z.object({
    count: z.number().int(),
    idle: z.number().int(),
    revived: z.number().int(),
    revivedIncomeFen: z.number().int(),
    items: z.array(
      z.object({
        id: uuidSchema,
        name: z.string(),
        kind: z.string(),
        state: z.string(),
        valueFen: z.number().int().nullable(),
        revivedIncomeFen: z.number().int().nullable(),
      }),
    ),
  }),
  entities: z.array(
    z.object({
      id: uuidSchema,
      name: z.string(),
      kind: z.string(),
      industry: z.string().nullable(),
      model: z.array(z.string()),
      memberHouseholds: z.number().int().nullable(),
    }),
  ),
  benefits: z.object({ households: z.number().int(), amountFen: z.number().int(), jobs: z.number().int() }),
  plans: z.array(
    z.object({
      id: uuidSchema,
      title: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int(),
      targets: z.array(z.object({ year: z.number().int(), operatingFen: z.number().int() })),
      ledProjectId: uuidSchema.nullable(),
    }),
  ),
  projects: z.array(
    z.object({
      id: uuidSchema,
      year: z.number().int(),
      kind: z.string(),
      title: z.string(),
      leaderName: z.string(),
      status: z.string(),
      score: z.number().int().nullable(),
    }),
  ),
  pairings: z.array(
    z.object({
      id: uuidSchema,
      /** weak: this village is helped; strong: it helps. */
      role: z.enum(['weak', 'strong']),
      partnerCode: z.string(),
      partnerName: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int().nullable(),
      status: z.string(),
    }),
  ),
});
export type EconomyVillage = z.infer<typeof economyVillageSchema>;
