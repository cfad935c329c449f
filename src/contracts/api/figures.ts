import { z } from 'zod';
import { regionCodeSchema } from './common';
import { textSchema } from './home';

// 指标目录 (issue 16, item 1): every figure the installed modules declare, with its definition in
// words, so that a county, a township and a village read a figure the same way; and each figure's
// value for one region and year, computed from the records (never typed).

export const figureEntrySchema = z.object({
  key: z.string(),
  /** The module that declares it and computes it from its records. */
  module: z.string(),
  moduleLabel: textSchema,
  label: textSchema,
  definition: textSchema,
  unit: textSchema,
  /** The figure answers for a quarter of a year too (otherwise by year only, or a state of today). */
  byQuarter: z.boolean(),
});
export type FigureEntry = z.infer<typeof figureEntrySchema>;

export const figureCatalogueSchema = z.object({ items: z.array(figureEntrySchema) });
export type FigureCatalogue = z.infer<typeof figureCatalogueSchema>;

/** 一季度 … 四季度: a quarter of the year asked for (none: the whole year). */
export const quarterField = z.coerce
  .number({ message: '季度应为数字' })
  .int('季度应为 1 至 4')
  .min(1, '季度应为 1 至 4')
  .max(4, '季度应为 1 至 4')
  .transform((q) => q as 1 | 2 | 3 | 4);

export const figureValuesQuerySchema = z.object({
  /** Default: the caller's own region. */
  regionCode: regionCodeSchema.optional(),
  year: z.coerce
    .number({ message: '年度应为数字' })
    .int('年度应为整数')
    .min(2000, '年度不能早于 2000 年')
    .max(2100, '年度不能晚于 2100 年')
    .optional(),
  quarter: quarterField.optional(),
});
export type FigureValuesQuery = z.infer<typeof figureValuesQuerySchema>;

export const figureValueSchema = z.object({
  key: z.string(),
  /** null: the figure is not kept at this level (a village's figure asked for a prefecture). */
  value: z.number().nullable(),
});

export const figureValuesSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  values: z.array(figureValueSchema),
});
export type FigureValues = z.infer<typeof figureValuesSchema>;

// —— 驾驶舱 (issue 16, item 2): chosen figures for a region, its parts and the year before ——

const yearField = z.coerce
  .number({ message: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度不能早于 2000 年')
  .max(2100, '年度不能晚于 2100 年');

/** Figure keys as a comma-separated list (?keys=households.count,members.count). */
const keysField = z
  .string()
  .max(4000, '指标太多')
  .transform((s) =>
    s
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  );

export const dashboardQuerySchema = z.object({
  /** Default: the caller's own region. */
  regionCode: regionCodeSchema.optional(),
  year: yearField.optional(),
  /** Default: the layout saved for the region (or above it), else the standard one. */
  keys: keysField.optional(),
  /** Recompute now instead of using the summary kept since the last write. */
  fresh: z.enum(['1', '0']).optional(),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

export const categoryValueSchema = z.object({ key: z.string(), label: textSchema, value: z.number() });

export const dashboardFigureSchema = z.object({
  key: z.string(),
  label: textSchema,
  definition: textSchema,
  unit: textSchema,
  module: z.string(),
  perYear: z.boolean(),
  /** null: not kept at this level. */
  value: z.number().nullable(),
  /** The year before (null for a figure of today, or not kept). */
  previous: z.number().nullable(),
  /** One value per child region, in `children` order (0 where no record). */
  byChild: z.array(z.number()).nullable(),
  byCategory: z.array(categoryValueSchema),
  /** The records behind it can be opened by this caller. */
  drillable: z.boolean(),
});
export type DashboardFigure = z.infer<typeof dashboardFigureSchema>;

export const regionRefSchema = z.object({ code: z.string(), name: z.string() });

export const dashboardSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  /** The way up to the caller's own region (for the breadcrumb), the region itself last. */
  path: z.array(regionRefSchema),
  year: z.number().int(),
  children: z.array(regionRefSchema),
  figures: z.array(dashboardFigureSchema),
  /** When the values were computed: they reflect every write made before this moment. */
  dataAt: z.string(),
  /** The layout's figure keys and whose it is (the region's own, one above, or the standard). */
  layout: z.object({ keys: z.array(z.string()), from: z.enum(['own', 'above', 'standard']) }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const dashboardLayoutSchema = z.object({
  regionCode: regionCodeSchema,
  keys: z.array(z.string().min(1)).min(1, '至少选择一项指标').max(40, '驾驶舱最多放 40 项指标'),
});
export type DashboardLayoutInput = z.infer<typeof dashboardLayoutSchema>;

export const drillQuerySchema = z.object({
  key: z.string().min(1, '请指定指标'),
  regionCode: regionCodeSchema.optional(),
  year: yearField.optional(),
  quarter: quarterField.optional(),
  category: z.string().max(64).optional(),
  search: z.string().trim().max(50, '搜索词不超过 50 字').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DrillQueryInput = z.output<typeof drillQuerySchema>;

export const drillSchema = z.object({
  key: z.string(),
  label: textSchema,
  unit: textSchema,
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  /** What a row opens (household, event …). */
  record: z.string(),
  /** The figure for the region (the rows' weights add up to it before a rate or unit). */
  value: z.number(),
  total: z.number().int(),
  sum: z.number(),
  rows: z.array(
    z.object({
      id: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      title: z.string(),
      weight: z.number(),
      category: z.string().nullable(),
    }),
  ),
});
export type Drill = z.infer<typeof drillSchema>;

// —— 一表通 (issue 16, item 3): rows (townships or villages) × catalogue figures, for any year ——

export const reportRowLevelSchema = z.enum(['township', 'village'], { message: '行应为乡镇或村' });

export const reportBodySchema = z.object({
  name: z.string().trim().min(1, '请填写报表名称').max(60, '报表名称不超过 60 字'),
  rowLevel: reportRowLevelSchema,
  keys: z.array(z.string().min(1)).min(1, '至少选择一项指标').max(60, '一张报表最多 60 项指标'),
  note: z.string().trim().max(500, '说明不超过 500 字').optional(),
});
export type ReportBody = z.infer<typeof reportBodySchema>;

export const reportSchema = reportBodySchema.extend({
  id: z.string(),
  /** Whose report it is (the county or township that defined it); null for the standard ones. */
  regionCode: z.string().nullable(),
  standard: z.boolean(),
  note: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type FigureReport = z.infer<typeof reportSchema>;

export const reportListSchema = z.object({ items: z.array(reportSchema) });

export const reportQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  year: yearField.optional(),
  /** A quarter of the year: figures by year only show no value (the catalogue says which). */
  quarter: quarterField.optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** The generated sheet as data (the same cells as the Excel). */
export const reportSheetSchema = z.object({
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string() })),
  rows: z.array(z.object({ code: z.string(), name: z.string(), values: z.array(z.number().nullable()) })),
  total: z.array(z.number().nullable()),
});
export type ReportSheet = z.infer<typeof reportSheetSchema>;
