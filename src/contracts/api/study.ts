import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 以考促学 (docs/study.md): a question bank per county, tests for cadres and party members taken on
// the phone, graded on the server, scores per person and per branch. Nothing here counts log-ins
// or screen time (DOMAIN.md §9).

const text = (max: number, field: string) =>
  z.string().trim().min(1, `请填写${field}`).max(max, `${field}最多${max}字`);
const optionalText = (max: number, field: string) =>
  z.string().trim().max(max, `${field}最多${max}字`).nullable().optional();
const day = (field: string) => z.iso.date(`${field}格式应为 YYYY-MM-DD`);

/** 单选 / 多选 / 判断. A true-false question has the options 正确 (A) and 错误 (B). */
export const QUESTION_KINDS = ['single', 'multiple', 'judge'] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS, '题型应为单选、多选或判断');
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, { zh: string; en: string }> = {
  single: { zh: '单选', en: 'Single choice' },
  multiple: { zh: '多选', en: 'Multiple choice' },
  judge: { zh: '判断', en: 'True or false' },
};
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const JUDGE_OPTIONS = ['正确', '错误'] as const;

export const QUESTION_STATUSES = ['active', 'retired'] as const;
export const questionStatusSchema = z.enum(QUESTION_STATUSES);

/** The categories a new bank suggests (a county may use any other). */
export const DEFAULT_CATEGORIES = [
  '党章党规',
  '党的理论',
  '乡村振兴政策',
  '惠农政策',
  '基层治理',
  '法律法规',
  '防返贫监测',
] as const;

/** An answer as stored and sent: option letters in order, e.g. 'A', 'ACD'. */
export const answerSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-F]{0,6}$/, '答案应为选项字母，如 A 或 ACD');

// —— 题库 ——

export const questionListQuerySchema = z
  .object({
    q: z.string().trim().max(30, '搜索词最多30字').optional(),
    category: z.string().trim().max(20).optional(),
    kind: questionKindSchema.optional(),
    status: questionStatusSchema.default('active'),
  })
  .extend(pageQuerySchema.shape);
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;

export const questionSchema = z.object({
  id: uuidSchema,
  kind: questionKindSchema,
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.string(),
  explanation: z.string().nullable(),
  category: z.string(),
  difficulty: z.number().int().nullable(),
  source: z.string().nullable(),
  status: questionStatusSchema,
  /** Attempts that drew it: such a question is retired, never deleted. */
  used: z.number().int(),
  updatedAt: z.string(),
});
export type QuestionView = z.infer<typeof questionSchema>;
export const questionPageSchema = pageOf(questionSchema);

export const questionBodySchema = z.object({
  kind: questionKindSchema,
  stem: text(500, '题干'),
  /** A–F in order; ignored for a true-false question. */
  options: z.array(z.string().trim().max(200, '选项最多200字')).max(6, '最多6个选项').default([]),
  answer: answerSchema,
  explanation: optionalText(1000, '解析'),
  category: text(20, '分类'),
  difficulty: z.number().int().min(1, '难度为1–3').max(3, '难度为1–3').nullable().optional(),
  source: optionalText(100, '出处'),
});
export type QuestionBody = z.infer<typeof questionBodySchema>;
export const questionParams = z.object({ questionId: uuidSchema });

export const categoriesSchema = z.object({
  items: z.array(z.object({ category: z.string(), active: z.number().int() })),
  suggestions: z.array(z.string()),
});

// —— 考试 ——

export const AUDIENCES = ['cadres', 'members', 'both'] as const;
export const audienceSchema = z.enum(AUDIENCES, '请选择参考对象');
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, { zh: string; en: string }> = {
  cadres: { zh: '村干部', en: 'Village cadres' },
  members: { zh: '党员', en: 'Party members' },
  both: { zh: '干部和党员', en: 'Cadres and members' },
};

export const TEST_STATUSES = ['draft', 'published', 'closed'] as const;
export const testStatusSchema = z.enum(TEST_STATUSES);
export type TestStatus = (typeof TEST_STATUSES)[number];
export const TEST_STATUS_LABELS: Record<TestStatus, { zh: string; en: string }> = {
  draft: { zh: '未发布', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已结束', en: 'Closed' },
};

export const pickSchema = z.object({
  category: text(20, '分类'),
  count: z.number().int().min(1, '每类至少抽1题').max(100, '每类最多抽100题'),
});

const testFields = {
  title: text(60, '考试名称'),
  description: optionalText(500, '说明'),
  audience: audienceSchema,
  /** Only people of this township or village (under the test's owner). */
  audienceRegionCode: regionCodeSchema.nullable().optional(),
  /** Only members of this party organization. */
  audienceOrgId: uuidSchema.nullable().optional(),
  /** 固定题目: the bank's questions in this order; otherwise `picks` draws at random per person. */
  questionIds: z.array(uuidSchema).max(200, '最多200题').default([]),
  picks: z.array(pickSchema).max(20, '最多20个分类').default([]),
  scorePerQuestion: z.number().int().min(1, '每题分值至少1分').max(100, '每题分值最多100分'),
  passMark: z.number().int().min(0, '及格分不能为负'),
  opensOn: day('开始日期'),
  closesOn: day('截止日期'),
  attemptsAllowed: z.number().int().min(1, '至少可考1次').max(10, '最多可考10次').default(1),
  /** Minutes from starting; none by default (no timer for slow readers). */
  timeLimitMinutes: z
    .number()
    .int()
    .min(5, '限时至少5分钟')
    .max(240, '限时最多240分钟')
    .nullable()
    .optional(),
};
export const testBodySchema = z.object({
  /** The owner: the county or a township in the caller's scope (default: the caller's own). */
  regionCode: regionCodeSchema.optional(),
  ...testFields,
});
export type TestBody = z.infer<typeof testBodySchema>;
export const testUpdateSchema = z.object(testFields).partial();
export type TestUpdate = z.infer<typeof testUpdateSchema>;
export const testParams = z.object({ testId: uuidSchema });

export const testListQuerySchema = z
  .object({
    q: z.string().trim().max(30, '搜索词最多30字').optional(),
    status: testStatusSchema.optional(),
  })
  .extend(pageQuerySchema.shape);
export type TestListQuery = z.infer<typeof testListQuerySchema>;

export const testRowSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  audience: audienceSchema,
  status: testStatusSchema,
  opensOn: z.string(),
  closesOn: z.string(),
  questionCount: z.number().int(),
  maxScore: z.number().int(),
  passMark: z.number().int(),
  /** People in the caller's scope who handed in at least once. */
  participants: z.number().int(),
  /** The caller may edit, publish and close it (its owner's level). */
  manageable: z.boolean(),
});
export type TestRow = z.infer<typeof testRowSchema>;
export const testPageSchema = pageOf(testRowSchema);

export const testDetailSchema = testRowSchema.extend({
  description: z.string().nullable(),
  audienceRegionCode: z.string().nullable(),
  audienceRegionName: z.string().nullable(),
  audienceOrgId: z.string().nullable(),
  audienceOrgName: z.string().nullable(),
  questionIds: z.array(z.string()),
  picks: z.array(pickSchema),
  scorePerQuestion: z.number().int(),
  attemptsAllowed: z.number().int(),
  timeLimitMinutes: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
});
export type TestDetail = z.infer<typeof testDetailSchema>;

// —— 成绩 ——

export const scoreListQuerySchema = z
  .object({ q: z.string().trim().max(30, '搜索词最多30字').optional() })
  .extend(pageQuerySchema.shape);
export type ScoreListQuery = z.infer<typeof scoreListQuerySchema>;

/** One person's result in a test: attempts handed in and the best of them (no ranking by activity). */
export const scoreRowSchema = z.object({
  userId: z.string(),
  name: z.string(),
  kind: z.enum(['cadre', 'member']),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  orgName: z.string().nullable(),
  attempts: z.number().int(),
  bestScore: z.number().int(),
  passed: z.boolean(),
  lastSubmittedAt: z.string(),
});
export type ScoreRow = z.infer<typeof scoreRowSchema>;
export const scorePageSchema = pageOf(scoreRowSchema);

export const branchRowSchema = z.object({
  orgId: z.string().nullable(),
  /** null: participants without a party-member record (cadres only). */
  orgName: z.string().nullable(),
  regionName: z.string().nullable(),
  /** Living members of the branch (members' tests); null when the audience is cadres only. */
  audience: z.number().int().nullable(),
  participants: z.number().int(),
  /** Per mille of the audience who took part. */
  participationPermille: z.number().int().nullable(),
  averageScore: z.number().nullable(),
  passed: z.number().int(),
  passRatePermille: z.number().int().nullable(),
});
export type BranchRow = z.infer<typeof branchRowSchema>;
export const branchStatsSchema = z.object({ items: z.array(branchRowSchema), total: branchRowSchema });
export type BranchStats = z.infer<typeof branchStatsSchema>;

// —— 参加考试 ——

export const myTestSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  closesOn: z.string(),
  questionCount: z.number().int(),
  maxScore: z.number().int(),
  passMark: z.number().int(),
  attemptsAllowed: z.number().int(),
  attemptsUsed: z.number().int(),
  timeLimitMinutes: z.number().int().nullable(),
  /** An attempt started and not handed in: continue it. */
  openAttemptId: z.string().nullable(),
  lastAttemptId: z.string().nullable(),
  bestScore: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  /** Window open and attempts left (or one to continue). */
  canTake: z.boolean(),
});
export type MyTest = z.infer<typeof myTestSchema>;
export const myTestsSchema = z.object({ items: z.array(myTestSchema) });

export const attemptParams = z.object({ attemptId: uuidSchema });
export const answerParams = z.object({
  attemptId: uuidSchema,
  position: z.coerce.number().int().min(1, '题号从1开始').max(200, '题号最多200'),
});
export const answerBodySchema = z.object({ answer: answerSchema });
export const savedAnswerSchema = z.object({
  position: z.number().int(),
  answer: z.string(),
  answered: z.number().int(),
});

export const attemptItemSchema = z.object({
  position: z.number().int(),
  kind: questionKindSchema,
  stem: z.string(),
  options: z.array(z.string()),
  category: z.string(),
  answer: z.string().nullable(),
  /** Only once handed in: the correct answer, whether it was right and why. */
  correct: z.string().nullable(),
  isCorrect: z.boolean().nullable(),
  explanation: z.string().nullable(),
});
export const attemptSchema = z.object({
  id: z.string(),
  testId: z.string(),
  title: z.string(),
  attemptNo: z.number().int(),
  status: z.enum(['open', 'submitted']),
  startedAt: z.string(),
  deadlineAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  scorePerQuestion: z.number().int(),
  maxScore: z.number().int(),
  passMark: z.number().int(),
  score: z.number().int().nullable(),
  correctCount: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  items: z.array(attemptItemSchema),
});
export type AttemptView = z.infer<typeof attemptSchema>;
