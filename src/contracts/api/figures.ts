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
});
export type FigureEntry = z.infer<typeof figureEntrySchema>;

export const figureCatalogueSchema = z.object({ items: z.array(figureEntrySchema) });
export type FigureCatalogue = z.infer<typeof figureCatalogueSchema>;

export const figureValuesQuerySchema = z.object({
  /** Default: the caller's own region. */
  regionCode: regionCodeSchema.optional(),
  year: z.coerce
    .number({ message: '年度应为数字' })
    .int('年度应为整数')
    .min(2000, '年度不能早于 2000 年')
    .max(2100, '年度不能晚于 2100 年')
    .optional(),
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
  values: z.array(figureValueSchema),
});
export type FigureValues = z.infer<typeof figureValuesSchema>;
