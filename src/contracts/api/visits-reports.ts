import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';
import { regionLevelSchema } from './regions';

// 走访监测报表 (docs/visits.md §6): figures computed from the visits and monitoring records per
// child region of a region (county → townships, township → villages, village → itself) with a
// total row, and the records behind any figure (drill-down; its total equals the figure).

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** The figures a drill-down can open. */
export const REPORT_FIGURES = [
  'householdsVisited',
  'visits',
  'problems',
  'solvedOnSpot',
  'passedOn',
  'monitored',
  'inIdentification',
  'overdueSteps',
  'removed',
] as const;
export const reportFigureSchema = z.enum(REPORT_FIGURES, '请选择要查看的数字');
export type ReportFigure = z.infer<typeof reportFigureSchema>;

/** Roles that export the Excel report (audited): those who report upwards, not grid workers. */
export const REPORT_EXPORTERS: readonly string[] = [
  'region_admin',
  'county_admin',
  'township',
  'village',
  'department',
];

export const reportPeriodQuerySchema = z.object({
  /** Default: the caller's own region. */
  regionCode: regionCodeSchema.optional(),
  /** First day of the period, default 1 January of this year (Beijing time). */
  from: day.optional(),
  /** Last day of the period (included), default 31 December of this year. */
  to: day.optional(),
});
export type ReportPeriodQuery = z.infer<typeof reportPeriodQuerySchema>;

export const reportRowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  /** 走访农户: distinct households with a visit in the period. */
  householdsVisited: z.number().int(),
  visits: z.number().int(),
  /** 收集问题: problems found by the period's visits. */
  problems: z.number().int(),
  /** 当场解决. */
  solvedOnSpot: z.number().int(),
  /** 转办: passed on as grid events. */
  passedOn: z.number().int(),
  /** 监测户: households identified and not removed at the end of the period. */
  monitored: z.number().int(),
  /** … by object type (unstable, marginal, sudden) and by risk type (a household may have several). */
  monitoredByObjectType: z.record(z.string(), z.number().int()),
  monitoredByRiskType: z.record(z.string(), z.number().int()),
  /** Cases now in one of the five identification steps. */
  inIdentification: z.number().int(),
  /** … of which the current step is past its time limit now. */
  overdueSteps: z.number().int(),
  /** 风险消除: cases removed in the period. */
  removed: z.number().int(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const visitsReportSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: regionLevelSchema,
  childLevel: regionLevelSchema,
  from: z.string(),
  to: z.string(),
  rows: z.array(reportRowSchema),
  total: reportRowSchema,
  objectTypes: z.array(z.object({ code: z.string(), name: z.string() })),
  riskTypes: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type VisitsReport = z.infer<typeof visitsReportSchema>;

export const reportRecordsQuerySchema = reportPeriodQuerySchema.extend({
  figure: reportFigureSchema,
  /** For monitored: only this object type, or only this risk type. */
  objectType: z.enum(['unstable', 'marginal', 'sudden'], '监测对象类型不正确').optional(),
  riskType: z.string().trim().max(16, '风险类型不正确').optional(),
  ...pageQuerySchema.shape,
});
export type ReportRecordsQuery = z.infer<typeof reportRecordsQuerySchema>;

/** One record behind a figure: a visit, a household visited, a problem or a monitoring case. */
export const reportRecordSchema = z.object({
  kind: z.enum(['visit', 'household', 'problem', 'case']),
  id: uuidSchema,
  regionCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  householdId: uuidSchema,
  householdNo: z.string().nullable(),
  headName: z.string().nullable(),
  /** Visit day, last visit day (households), the problem's visit day, or the case's key day. */
  date: z.string().nullable(),
  /** Visits: the visitor; problems: the description; cases: the helper. */
  detail: z.string().nullable(),
  /** Households: visits in the period; visits: problems found. */
  count: z.number().int().nullable(),
  visitId: uuidSchema.nullable(),
  question: z.string().nullable(),
  outcome: z.enum(['solved', 'event']).nullable(),
  eventId: uuidSchema.nullable(),
  state: z.string().nullable(),
  objectType: z.string().nullable(),
  riskTypes: z.array(z.string()),
  stepDueAt: z.string().nullable(),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const reportRecordsSchema = pageOf(reportRecordSchema).extend({ figure: reportFigureSchema });
export type ReportRecords = z.infer<typeof reportRecordsSchema>;
