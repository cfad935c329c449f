import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema } from './common';

// 村干部考核 (docs/assessments.md §6): the county's rules, the year's assessment sheet (两评一议,
// 述职, 一票赞成/否决), confirmation and the performance-pay export.

export const CADRE_KINDS = ['village_cadre', 'secretary', 'first_secretary'] as const;
export const CADRE_GRADES = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export const CADRE_VOTES = ['approve', 'veto'] as const;

export const cadreKindSchema = z.enum(CADRE_KINDS);
export const cadreGradeSchema = z.enum(CADRE_GRADES);
export type CadreGradeCode = z.infer<typeof cadreGradeSchema>;

export const CADRE_KIND_LABELS: Record<(typeof CADRE_KINDS)[number], string> = {
  village_cadre: '村干部',
  secretary: '村党组织书记',
  first_secretary: '第一书记',
};
export const CADRE_GRADE_LABELS: Record<CadreGradeCode, string> = {
  excellent: '优秀',
  competent: '称职',
  basic: '基本称职',
  incompetent: '不称职',
};

// Numbers are checked by the rules (policy.ts) so a wrong one is a 422 naming the field.
const num = z.number();

export const cadreRulesSchema = z.object({
  weights: z.object({ members: num, villagers: num, township: num, debrief: num }),
  grades: z.object({ excellent: num, competent: num, basic: num }),
  oneVote: z.object({ approve: cadreGradeSchema.nullable(), veto: z.boolean() }),
  pay: z.object({ excellent: num, competent: num, basic: num, incompetent: num }),
});
export type CadreRulesBody = z.infer<typeof cadreRulesSchema>;

export const cadreRulesViewSchema = cadreRulesSchema.extend({
  regionCode: z.string(),
  updatedAt: z.string(),
});

export const generateBodySchema = z.object({
  year: z.number().int().min(2000, '年度应在2000年以后').max(2100, '年度应在2100年以前'),
  township: regionCodeSchema.optional(),
});

export const generateResultSchema = z.object({ created: z.number().int(), existing: z.number().int() });

export const scoresBodySchema = z.object({
  membersScore: num.nullable().optional(),
  villagersScore: num.nullable().optional(),
  townshipScore: num.nullable().optional(),
  deliberation: z.string().max(2000, '一议意见最多2000字').nullable().optional(),
  debriefScore: num.nullable().optional(),
  vote: z.enum(CADRE_VOTES).nullable().optional(),
  voteReason: z.string().max(500, '理由最多500字').nullable().optional(),
});
export type ScoresBody = z.infer<typeof scoresBodySchema>;

export const cadreAssessmentParams = z.object({ cadreAssessmentId: z.uuid('编号格式不正确') });

export const confirmBulkBodySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  township: regionCodeSchema,
});
export const confirmResultSchema = z.object({ confirmed: z.number().int(), ungraded: z.number().int() });

export const cadreFiltersSchema = z.object({
  year: z.coerce.number().int().min(2000, '年度应在2000年以后').max(2100, '年度应在2100年以前'),
  township: regionCodeSchema.optional(),
  village: regionCodeSchema.optional(),
  kind: cadreKindSchema.optional(),
  grade: z.union([cadreGradeSchema, z.literal('none')]).optional(),
  status: z.enum(['draft', 'confirmed']).optional(),
  q: z.string().trim().max(50).optional(),
});
export type CadreFilters = z.infer<typeof cadreFiltersSchema>;

export const CADRE_SORTS = ['region', 'name', 'total', 'grade'] as const;
export const cadreListQuerySchema = pageQuerySchema.extend(cadreFiltersSchema.shape).extend({
  sort: z.enum(CADRE_SORTS).default('region'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const cadreAssessmentSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  regionCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  kind: cadreKindSchema,
  name: z.string(),
  post: z.string().nullable(),
  membersScore: z.number().int().nullable(),
  villagersScore: z.number().int().nullable(),
  townshipScore: z.number().int().nullable(),
  deliberation: z.string().nullable(),
  debriefScore: z.number().int().nullable(),
  vote: z.enum(CADRE_VOTES).nullable(),
  voteReason: z.string().nullable(),
  total: z.number().int().nullable(),
  grade: cadreGradeSchema.nullable(),
  /** ×100: 120 = 1.2. */
  payCoefficient: z.number().int().nullable(),
  status: z.enum(['draft', 'confirmed']),
  confirmedAt: z.string().nullable(),
});
export type CadreAssessmentView = z.infer<typeof cadreAssessmentSchema>;

export const cadrePageSchema = pageOf(cadreAssessmentSchema);

export const gradeCountsQuerySchema = z.object({ year: cadreFiltersSchema.shape.year });
export const gradeCountsSchema = z.array(
  z.object({
    townshipCode: z.string(),
    townshipName: z.string(),
    total: z.number().int(),
    excellent: z.number().int(),
    competent: z.number().int(),
    basic: z.number().int(),
    incompetent: z.number().int(),
    ungraded: z.number().int(),
    /** Rows whose grade the 一票赞成 gave (T: 2,158 cadres got a first-class award this way). */
    byApproveVote: z.number().int(),
    confirmed: z.number().int(),
  }),
);
