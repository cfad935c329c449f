import { z } from 'zod';
import { labourCapacity, povertyStatus, relation } from '../registry/enums';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';
import { idNumberSchema } from './households';

// 十问十清 household visits (issue 15, docs/visits.md §1): the form is pre-filled from the records,
// and what the visitor confirms or corrects is written to the household and person records (enter
// once: the visit keeps only which answers were clear, what changed, before and after, and the
// problems found). A visit written offline carries the phone's Idempotency-Key.

const text = (max: number) => z.string().trim().max(max, `最多${max}字`);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const QUESTION_CODES = ['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06', 'Q07', 'Q08', 'Q09', 'Q10'] as const;
export const questionCodeSchema = z.enum(QUESTION_CODES, '问题代码应为 Q01–Q10');

export const visitAnswerSchema = z.object({
  status: z.enum(['clear', 'corrected', 'problem'], '请选择：清楚、已更正或发现问题'),
  note: text(500).nullable().optional(),
  /** Question 3: food, clothes, housing, water (defaults.ts LIFE_CHECKS) → held or not. */
  checks: z.record(z.string(), z.boolean()).optional(),
});

/** Person fields a visit may correct (questions 2, 6, 7 and 8). */
export const visitPersonFixSchema = z.object({
  personId: uuidSchema,
  labour: labourCapacity.schema.nullable().optional(),
  education: text(16).nullable().optional(),
  health: text(16).nullable().optional(),
});

/** Question 1: a member who came (born, married in) … */
export const visitNewMemberSchema = z.object({
  name: z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字'),
  relation: relation.schema,
  idNumber: idNumberSchema,
});
/** … or left (died, moved out, married out). */
export const visitLeftMemberSchema = z.object({
  personId: uuidSchema,
  reason: z.enum(['died', 'moved_out', 'married_out', 'other'], '请选择离开原因'),
  note: text(200).nullable().optional(),
  /** The household of the scope the member moved into (人员迁移); without it the member is removed. */
  toHouseholdId: uuidSchema.nullable().optional(),
});

export const visitProblemInputSchema = z
  .object({
    question: questionCodeSchema,
    description: z.string().trim().min(1, '请描述问题').max(500, '最多500字'),
    riskType: text(16).nullable().optional(),
    /** 当场解决 with what was done, or 转办 as a grid event of `categoryCode`. */
    outcome: z.enum(['solved', 'event'], '请选择：当场解决或转为网格事件'),
    solution: text(500).nullable().optional(),
    categoryCode: text(16).nullable().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.outcome === 'solved' && !p.solution)
      ctx.addIssue({ code: 'custom', path: ['solution'], message: '当场解决的问题请写明如何解决' });
    if (p.outcome === 'event' && !p.categoryCode)
      ctx.addIssue({ code: 'custom', path: ['categoryCode'], message: '转为网格事件请选择事件类别' });
  });

export const createVisitBodySchema = z.object({
  householdId: uuidSchema,
  visitedOn: day,
  answers: z.partialRecord(questionCodeSchema, visitAnswerSchema),
  /** Household fields corrected (questions 4, 5, 9, 10); only those that changed. */
  household: z
    .object({
      incomePerCapita: z.number().int('收入以元为单位的整数').min(0).max(10_000_000).nullable(),
      rigidSpending: z.number().int('支出以元为单位的整数').min(0).max(10_000_000).nullable(),
      relocated: z.boolean(),
      relocationSite: text(100).nullable(),
      helperName: text(32).nullable(),
      povertyStatus: povertyStatus.schema,
    })
    .partial()
    .default({}),
  persons: z.array(visitPersonFixSchema).max(30).default([]),
  newMembers: z.array(visitNewMemberSchema).max(10).default([]),
  leftMembers: z.array(visitLeftMemberSchema).max(20).default([]),
  problems: z.array(visitProblemInputSchema).max(20).default([]),
});
export type CreateVisitBody = z.infer<typeof createVisitBodySchema>;

/** What the form opens with: the household as the records have it. */
export const visitPrefillSchema = z.object({
  household: z.object({
    id: z.string(),
    householdNo: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    address: z.string().nullable(),
    povertyStatus: z.string(),
    relocated: z.boolean(),
    relocationSite: z.string().nullable(),
    helperName: z.string().nullable(),
    incomePerCapita: z.number().int().nullable(),
    rigidSpending: z.number().int().nullable(),
  }),
  members: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      relation: z.string(),
      sex: z.string(),
      birthDate: z.string().nullable(),
      idNumberMasked: z.string().nullable(),
      labour: z.string().nullable(),
      education: z.string().nullable(),
      health: z.string().nullable(),
    }),
  ),
  /** The household's open monitoring case, if any (question 10). */
  monitoring: z.object({ caseId: z.string(), state: z.string() }).nullable(),
  lastVisit: z.object({ id: z.string(), visitedOn: z.string(), visitorName: z.string() }).nullable(),
});
export type VisitPrefill = z.infer<typeof visitPrefillSchema>;

export const visitChangeSchema = z.object({
  entity: z.enum(['household', 'person']),
  id: z.string(),
  name: z.string(),
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const visitProblemSchema = z.object({
  id: z.string(),
  question: z.string(),
  description: z.string(),
  riskType: z.string().nullable(),
  outcome: z.enum(['solved', 'event']),
  solution: z.string().nullable(),
  /** The grid event it became, with its number (451022-2026-000123). */
  eventId: z.string().nullable(),
  eventNo: z.string().nullable(),
});

export const visitSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  householdNo: z.string(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  visitorName: z.string(),
  visitedOn: z.string(),
  answers: z.record(z.string(), visitAnswerSchema),
  changes: z.array(visitChangeSchema),
  problems: z.array(visitProblemSchema),
  problemCount: z.number().int(),
  solvedCount: z.number().int(),
  passedOnCount: z.number().int(),
  createdAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitListItemSchema = visitSchema.omit({ answers: true, changes: true, problems: true });
export type VisitListItem = z.infer<typeof visitListItemSchema>;

export const listVisitsQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeSchema.optional(),
  householdId: uuidSchema.optional(),
  from: day.optional(),
  to: day.optional(),
  /** Household number or head's name. */
  q: text(50).optional(),
  withProblems: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['visitedOn', '-visitedOn', 'problemCount', '-problemCount']).default('-visitedOn'),
});
export const visitPageSchema = pageOf(visitListItemSchema);

/** 一户一档: the household's latest visits. */
export const householdVisitsSchema = z.object({
  total: z.number().int(),
  recent: z.array(visitListItemSchema),
});
export type HouseholdVisits = z.infer<typeof householdVisitsSchema>;

export const visitPrefillQuerySchema = z.object({ householdId: uuidSchema });
export const visitParamsSchema = z.object({ visitId: uuidSchema });
export type ListVisitsQuery = z.infer<typeof listVisitsQuerySchema>;
/** The export takes the list's filters and sort, without paging. */
export const visitExportQuerySchema = listVisitsQuerySchema.omit({ page: true, pageSize: true });
