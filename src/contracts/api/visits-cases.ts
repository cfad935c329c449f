import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';
import { transitionBodySchema, workflowActionSchema, workflowStepSchema } from './workflow';

// 监测对象识别 (issue 15, docs/visits.md §4): a household's way from the first clue through the five
// steps of CATALOGUES.md §7 (time limits in working days) to monitoring, follow-ups and risk
// removal; measures and follow-ups; the village notice (民主评议公示) without personal data.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日');
const text = (max: number, what: string) => z.string().trim().max(max, `${what}不超过 ${max} 字`);

export const CASE_STATES = [
  'village_review',
  'county_compare',
  'appraisal',
  'township_review',
  'county_approval',
  'monitoring',
  'removal_review',
  'removed',
  'not_identified',
] as const;
export const caseStateSchema = z.enum(CASE_STATES, '状态不正确');
export const OBJECT_TYPE_CODES = ['unstable', 'marginal', 'sudden'] as const;
export const objectTypeSchema = z.enum(OBJECT_TYPE_CODES, '请选择监测对象类型');
const riskTypes = z
  .array(z.string().trim().min(1).max(16), '请选择风险类型')
  .min(1, '请至少选择一种风险类型')
  .max(11, '风险类型最多 11 种');

export const startCaseBodySchema = z.object({
  householdId: uuidSchema,
  signalId: uuidSchema.nullish(),
  riskTypes,
  objectType: objectTypeSchema.nullish(),
});
export type StartCaseBody = z.infer<typeof startCaseBodySchema>;

export const measureInputSchema = z.object({
  kind: z.string().trim().min(1, '请选择措施类别').max(16),
  description: z.string().trim().min(1, '请填写措施内容').max(500, '措施内容不超过 500 字'),
  startedOn: day,
  endedOn: day.nullish(),
});
export type MeasureInput = z.infer<typeof measureInputSchema>;
export const measurePatchSchema = measureInputSchema.partial();

/** What each step's action carries besides a reason (see docs/visits.md §4). */
export const caseActionBodySchema = transitionBodySchema.extend({
  /** village_review: the day of the home visit. */
  visitedOn: day.optional(),
  /** county_compare: the comparison's result. */
  compareResult: text(2000, '比对结果').optional(),
  /** appraisal: the notice's first and last day. */
  noticeFrom: day.optional(),
  noticeTo: day.optional(),
  /** county_approval. */
  objectType: objectTypeSchema.optional(),
  riskTypes: riskTypes.optional(),
  helperName: text(32, '帮扶责任人').optional(),
  helperUserId: uuidSchema.nullish(),
  noLabour: z.boolean().optional(),
  measures: z.array(measureInputSchema).max(20, '最多 20 项措施').optional(),
});
export type CaseActionBody = z.infer<typeof caseActionBodySchema>;

export const caseParams = z.object({ caseId: uuidSchema });
export const caseActionParams = z.object({ caseId: uuidSchema, action: z.string().max(40) });
export const caseMeasureParams = z.object({ caseId: uuidSchema, measureId: uuidSchema });
export const noticeParams = z.object({ villageCode: regionCodeSchema });

export const followupInputSchema = z.object({
  visitedOn: day,
  incomePerCapita: z.number().int('人均纯收入以元为单位的整数').min(0).max(10_000_000).nullish(),
  note: text(1000, '回访情况').nullish(),
});
export type FollowupInput = z.infer<typeof followupInputSchema>;

export const CASE_SORTS = ['-firstClueAt', 'firstClueAt', 'stepDueAt', '-stepDueAt'] as const;
export const caseListQuerySchema = pageQuerySchema.extend({
  state: caseStateSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  regionCode: regionCodeSchema.optional(),
  q: z.string().trim().max(40, '搜索词不超过 40 字').optional(),
  sort: z.enum(CASE_SORTS).default('-firstClueAt'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const label = z.object({ zh: z.string(), en: z.string() });

export const caseItemSchema = z.object({
  id: uuidSchema,
  householdId: uuidSchema,
  householdNo: z.string().nullable(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  state: caseStateSchema,
  stateLabel: label,
  objectType: objectTypeSchema.nullable(),
  riskTypes: z.array(z.string()),
  firstClueAt: z.string(),
  stepStartedAt: z.string(),
  stepDueAt: z.string().nullable(),
  overdue: z.boolean(),
  identifiedAt: z.string().nullable(),
  noLabour: z.boolean(),
});
export type CaseItem = z.infer<typeof caseItemSchema>;
export const casePageSchema = pageOf(caseItemSchema);

export const caseMeasureSchema = z.object({
  id: uuidSchema,
  kind: z.string(),
  description: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
});
export type CaseMeasure = z.infer<typeof caseMeasureSchema>;

export const followupSchema = z.object({
  id: uuidSchema,
  visitedOn: z.string(),
  incomePerCapita: z.number().int().nullable(),
  /** The household's threshold for the year of the visit (null: none entered). */
  threshold: z.number().int().nullable(),
  note: z.string().nullable(),
  visitId: uuidSchema.nullable(),
  byName: z.string().nullable(),
});
export type Followup = z.infer<typeof followupSchema>;

/** One of the five steps: its limit and, once reached, when it started and is or was due. */
export const caseStepSchema = z.object({
  state: caseStateSchema,
  name: label,
  limit: z.string(),
  status: z.enum(['done', 'current', 'waiting']),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});

export const caseDetailSchema = caseItemSchema.extend({
  signalId: uuidSchema.nullable(),
  household: z.object({
    id: uuidSchema,
    householdNo: z.string(),
    regionName: z.string(),
    headName: z.string().nullable(),
    memberCount: z.number().int(),
    incomePerCapita: z.number().int().nullable(),
    povertyStatus: z.string(),
  }),
  consentAt: z.string().nullable(),
  compareResult: z.string().nullable(),
  noticeFrom: z.string().nullable(),
  noticeTo: z.string().nullable(),
  helperName: z.string().nullable(),
  removalAskedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  steps: z.array(caseStepSchema),
  history: z.array(workflowStepSchema),
  actions: z.array(workflowActionSchema),
  measures: z.array(caseMeasureSchema),
  followups: z.array(followupSchema),
  /** Why removal may not be asked for yet (empty when every condition holds). */
  removalUnmet: z.array(z.string()),
  mayEditMeasures: z.boolean(),
  mayAddFollowup: z.boolean(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** 民主评议公示: only what a village notice may show (no ID, phone, bank or health data). */
export const noticeSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string().nullable(),
  entries: z.array(
    z.object({
      headName: z.string().nullable(),
      groupName: z.string().nullable(),
      memberCount: z.number().int(),
      objectType: objectTypeSchema.nullable(),
      objectTypeLabel: z.string().nullable(),
      noticeFrom: z.string().nullable(),
      noticeTo: z.string().nullable(),
    }),
  ),
});
export type Notice = z.infer<typeof noticeSchema>;
