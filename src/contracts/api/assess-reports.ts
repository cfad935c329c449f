import { z } from 'zod';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 考核报表 (docs/assessments.md §7): stars by township and year, flags by kind and year,
// rectifications by year; each figure opens the villages behind it; each report as Excel.

const year = z.coerce.number().int().min(2000, '年度不正确').max(2100, '年度不正确');
const stars = z.coerce.number().int().min(1, '星级应为 1 至 5').max(5, '星级应为 1 至 5');

/** campaign: the published campaign of the year; current: each village's stars now (after 动态调整). */
export const STARS_VIEWS = ['campaign', 'current'] as const;
export type StarsView = (typeof STARS_VIEWS)[number];

export const starsReportQuerySchema = z.object({
  view: z.enum(STARS_VIEWS).default('campaign'),
  /** The campaign's year (campaign view); the latest published when absent. */
  year: year.optional(),
  township: regionCodeSchema.optional(),
});
export type StarsReportQuery = z.infer<typeof starsReportQuerySchema>;

const starCounts = z.object({
  /** Villages per star level: [1★, 2★, 3★, 4★, 5★]. */
  stars: z.array(z.number().int()).length(5),
  total: z.number().int(),
});

export const starsReportSchema = z.object({
  view: z.enum(STARS_VIEWS),
  year: z.number().int().nullable(),
  /** Years with a published campaign, newest first (the year filter's choices). */
  years: z.array(z.number().int()),
  rows: z.array(starCounts.extend({ code: z.string(), name: z.string() })),
  county: starCounts,
});
export type StarsReport = z.infer<typeof starsReportSchema>;

export const starsVillagesQuerySchema = pageQuerySchema.extend({
  view: z.enum(STARS_VIEWS).default('campaign'),
  year: year.optional(),
  township: regionCodeSchema.optional(),
  stars: stars.optional(),
});

export const reportVillageSchema = z.object({
  regionCode: z.string(),
  village: z.string(),
  township: z.string(),
  stars: z.number().int().nullable(),
  /** The campaign's reviewed total (campaign view). */
  total: z.number().int().nullable(),
  /** The reason of a dynamic adjustment (current view). */
  note: z.string().nullable(),
});

export const flagsReportQuerySchema = z.object({ township: regionCodeSchema.optional() });

export const flagsReportSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      kindId: z.string(),
      code: z.string(),
      name: z.string(),
      level: z.string(),
      /** Flags awarded per year, in the order of `years`. */
      counts: z.array(z.number().int()),
    }),
  ),
  /** All kinds per year. */
  totals: z.array(z.number().int()),
});
export type FlagsReport = z.infer<typeof flagsReportSchema>;

export const flagsVillagesQuerySchema = pageQuerySchema.extend({
  year,
  kindId: uuidSchema.optional(),
  township: regionCodeSchema.optional(),
});

export const flagVillageSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  place: z.string(),
  township: z.string(),
  kind: z.string(),
  household: z.boolean(),
  year: z.number().int(),
});

export const RECTIFICATION_FIGURES = ['identified', 'closed', 'consolidated'] as const;
export type RectificationFigure = (typeof RECTIFICATION_FIGURES)[number];

export const rectificationsReportQuerySchema = z.object({ township: regionCodeSchema.optional() });

const rectCounts = z.object({
  identified: z.number().int(),
  closed: z.number().int(),
  consolidated: z.number().int(),
});

export const rectificationsReportSchema = z.object({
  years: z.array(
    rectCounts.extend({
      year: z.number().int(),
      townships: z.array(rectCounts.extend({ code: z.string(), name: z.string() })),
    }),
  ),
});
export type RectificationsReport = z.infer<typeof rectificationsReportSchema>;

export const rectificationsVillagesQuerySchema = pageQuerySchema.extend({
  year,
  figure: z.enum(RECTIFICATION_FIGURES).default('identified'),
  township: regionCodeSchema.optional(),
});

export const weakVillageSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  village: z.string(),
  township: z.string(),
  year: z.number().int(),
  status: z.string(),
  source: z.string(),
  closedAt: z.string().nullable(),
});

/** The printable A4 公示 (GET /api/assess/reports/notice/:campaignId). */
export const noticePrintSchema = z.object({
  campaignId: z.string(),
  county: z.string(),
  year: z.number().int(),
  status: z.string(),
  noticeStartedAt: z.string().nullable(),
  noticeEndsAt: z.string().nullable(),
  noticeDays: z.number().int(),
  rows: z.array(
    z.object({
      township: z.string(),
      village: z.string(),
      regionCode: z.string(),
      stars: z.number().int().nullable(),
    }),
  ),
});
export type NoticePrint = z.infer<typeof noticePrintSchema>;
