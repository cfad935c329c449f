import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 风险线索的三个发现渠道 (issue 15, docs/visits.md §3, CATALOGUES.md §7 Channels): a household's own
// request (农户自主申报, its phone page or the service list's 防返贫申报), grassroots screening
// (基层排查, 上报返贫风险 from the household page or the grid worker's phone page) and department
// lists (部门筛查预警, an Excel import matched to people by ID number; the ID is never stored).

/** 风险类型 codes (server defaults.ts RISK_TYPES; a unit test keeps the two lists equal). */
export const RISK_TYPE_CODES = [
  'illness',
  'disability',
  'schooling',
  'disaster',
  'accident',
  'industry',
  'work',
  'labour',
  'housing',
  'water',
  'other',
] as const;
export const riskTypeSchema = z.enum(RISK_TYPE_CODES, '请选择风险类型');

const description = z
  .string('请简单说明遇到的困难')
  .trim()
  .min(2, '请简单说明遇到的困难（至少2个字）')
  .max(300, '情况说明最多300字');

/** 农户自主申报: the caller's own household (from their person record). */
export const monitoringRequestBodySchema = z.object({
  riskType: riskTypeSchema,
  description,
});
export type MonitoringRequestBody = z.infer<typeof monitoringRequestBodySchema>;

/** 上报返贫风险 (基层排查) of a household in the caller's scope. */
export const screeningBodySchema = z.object({
  householdId: uuidSchema,
  riskType: riskTypeSchema,
  description: z
    .string('请说明发现的情况')
    .trim()
    .min(2, '请说明发现的情况（至少2个字）')
    .max(500, '情况说明最多500字'),
});
export type ScreeningBody = z.infer<typeof screeningBodySchema>;

export const SIGNAL_STATUSES = ['open', 'case', 'cleared', 'dismissed'] as const;

/** A signal as its reporter sees it once written. */
export const clueSignalSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  channel: z.enum(['self', 'screening']),
  riskType: z.string().nullable(),
  riskName: z.string(),
  reason: z.string(),
  status: z.enum(SIGNAL_STATUSES),
  createdAt: z.string(),
});
export type ClueSignalView = z.infer<typeof clueSignalSchema>;

/** One of the caller's own requests and where it stands (申报记录). */
export const myRequestSchema = z.object({
  id: z.string(),
  riskType: z.string().nullable(),
  riskName: z.string(),
  description: z.string(),
  /** Through the service list (防返贫申报) rather than this page. */
  viaServiceList: z.boolean(),
  status: z.enum(SIGNAL_STATUSES),
  /** 「村里将上门核实」, 「已进入识别程序」 … */
  statusLabel: z.string(),
  closeReason: z.string().nullable(),
  createdAt: z.string(),
});
export const myRequestsSchema = z.object({
  /** False when the account has no household on record (the page says whom to ask). */
  hasHousehold: z.boolean(),
  householdNo: z.string().nullable(),
  items: z.array(myRequestSchema),
});
export type MyRequestsView = z.infer<typeof myRequestsSchema>;

// —— department lists (部门筛查预警) ——

export const DEPARTMENT_RECORD_SORTS = ['createdAt', 'occurredOn', 'amount'] as const;
export const departmentRecordFiltersSchema = z.object({
  regionCode: regionCodeSchema.optional(),
  department: z.string().trim().max(24).optional(),
  kind: z.string().trim().max(24).optional(),
  /** A person's name (whole or part) or a household number. */
  q: z.string().trim().max(50, '搜索词最多50字').optional(),
  batchId: uuidSchema.optional(),
});
export type DepartmentRecordFilters = z.infer<typeof departmentRecordFiltersSchema>;

export const departmentRecordListQuerySchema = pageQuerySchema
  .extend(departmentRecordFiltersSchema.shape)
  .extend({
    sort: z.enum(DEPARTMENT_RECORD_SORTS).default('createdAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
  });
export type DepartmentRecordListQuery = z.infer<typeof departmentRecordListQuerySchema>;

export const departmentRecordSchema = z.object({
  id: z.string(),
  /** Masked (张*丰): the list never shows a full name or any ID number. */
  personName: z.string(),
  householdId: z.string(),
  householdNo: z.string().nullable(),
  regionCode: z.string(),
  villageName: z.string(),
  department: z.string(),
  departmentName: z.string(),
  kind: z.string(),
  kindName: z.string(),
  amountYuan: z.number().int().nullable(),
  occurredOn: z.string().nullable(),
  detail: z.string().nullable(),
  batchId: z.string(),
  createdAt: z.string(),
});
export type DepartmentRecordView = z.infer<typeof departmentRecordSchema>;
export const departmentRecordPageSchema = pageOf(departmentRecordSchema);

/** The departments and kinds a list may name (defaults.ts DATA_DEPARTMENTS), for the filters. */
export const dataDepartmentsSchema = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    kinds: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
);
