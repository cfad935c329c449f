import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { pageOf, pageQuerySchema, regionCodeInputSchema, regionCodeSchema, uuidSchema } from './common';
import { workflowActionSchema, workflowStepSchema } from './workflow';

// 书记领办项目 and 我为群众办实事 (docs/economy.md §6): projects with their public commitment,
// milestones with photos (attachment kind `project_milestone`), on-site evaluations and closure.
// Money in fen.

const textSchema = z.object({ zh: z.string(), en: z.string() });

export const PROJECT_KINDS = ['led', 'practical'] as const;
export const projectKindSchema = z.enum(PROJECT_KINDS);
export type ProjectKindCode = z.infer<typeof projectKindSchema>;
export const PROJECT_KIND_LABELS: Record<ProjectKindCode, { zh: string; en: string }> = {
  led: { zh: '书记领办项目', en: 'Secretary-led project' },
  practical: { zh: '我为群众办实事', en: 'Practical deed for the people' },
};

export const PROJECT_STATUSES = ['draft', 'committed', 'evaluated', 'closed'] as const;
export const projectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatusCode = z.infer<typeof projectStatusSchema>;

/** The level of the secretary who leads: from the project's region code. */
export const LEADER_LEVELS = ['county', 'township', 'village'] as const;
export const leaderLevelSchema = z.enum(LEADER_LEVELS);
export type LeaderLevel = z.infer<typeof leaderLevelSchema>;
export const LEADER_LEVEL_LABELS: Record<LeaderLevel, { zh: string; en: string }> = {
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡镇级', en: 'Township' },
  village: { zh: '村级', en: 'Village' },
};

/** The actions of a project's workflow (POST …/actions/:action). */
export const PROJECT_ACTIONS = ['commit', 'evaluate', 'close'] as const;

const dateSchema = z.iso.date('日期格式应为 YYYY-MM-DD');
const yearSchema = z.coerce.number().int().min(2000, '年度应在2000年以后').max(2100, '年度应在2100年以前');
const fenSchema = z.number().int('金额应为整数（分）').min(0, '金额不能为负').max(100_000_000_000_000);
const text = (max: number, label: string) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 字`);

// ---------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------

export const PROJECT_SORTS = ['recent', 'region', 'due', 'status', 'score-desc', 'score-asc'] as const;

export const projectListQuerySchema = z
  .object({
    year: yearSchema.optional(),
    kind: projectKindSchema.optional(),
    level: leaderLevelSchema.optional(),
    status: projectStatusSchema.optional(),
    /** Projects of this region and below (12-digit or short code). */
    regionCode: regionCodeInputSchema.optional(),
    /** Words of the title or the leader's name. */
    q: z.string().trim().max(30, '搜索词不超过 30 字').optional(),
    sort: z.enum(PROJECT_SORTS).default('recent'),
  })
  .extend(pageQuerySchema.shape);
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
export const projectExportQuerySchema = projectListQuerySchema.omit({ page: true, pageSize: true });
export type ProjectExportQuery = z.infer<typeof projectExportQuerySchema>;

export const projectRowSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  /** The township holding the region (null for a county project). */
  townshipName: z.string().nullable(),
  year: z.number().int(),
  kind: projectKindSchema,
  title: z.string(),
  leaderLevel: leaderLevelSchema,
  leaderName: z.string(),
  leaderPost: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: projectStatusSchema,
  statusLabel: textSchema,
  committedAt: z.string().nullable(),
  /** Mean of the evaluators' scores, rounded (null before any evaluation). */
  score: z.number().int().nullable(),
  incomeFen: z.number().int().nullable(),
  budgetFen: z.number().int().nullable(),
  milestonesTotal: z.number().int(),
  milestonesDone: z.number().int(),
  updatedAt: z.string(),
});
export type ProjectRow = z.infer<typeof projectRowSchema>;
export const projectPageSchema = pageOf(projectRowSchema);

// ---------------------------------------------------------------------------------------------
// Create and edit
// ---------------------------------------------------------------------------------------------

const projectFields = {
  title: text(100, '项目名称'),
  /**
   * A village project: the cadre leading it (cadres registry; a `led` project needs the party
   * secretary). County and township projects: the leader's name and post as text.
   */
  leaderCadreId: uuidSchema.nullable().optional(),
  leaderName: z.string().trim().max(32, '姓名不超过 32 字').nullable().optional(),
  leaderPost: z.string().trim().max(64, '职务不超过 64 字').nullable().optional(),
  /** 公开承诺: what is promised, to whom, by when. */
  commitment: text(1000, '承诺内容'),
  industry: z.string().trim().max(64, '产业不超过 64 字').nullable().optional(),
  budgetFen: fenSchema.nullable().optional(),
  dueOn: dateSchema.nullable().optional(),
};

export const createProjectBodySchema = z.object({
  /** The leader's region: the county, a township or a village in the caller's scope. */
  regionCode: regionCodeSchema,
  year: yearSchema,
  kind: projectKindSchema,
  ...projectFields,
});
export type CreateProjectBody = z.infer<typeof createProjectBodySchema>;

/** Only while draft, committed or evaluated (a closed project answers 409). */
export const updateProjectBodySchema = z.object(projectFields).partial();
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

export const projectParamsSchema = z.object({ projectId: uuidSchema });
export const projectActionParamsSchema = z.object({
  projectId: uuidSchema,
  action: z.enum(PROJECT_ACTIONS),
});

/**
 * commit (公开承诺) and evaluate (现场考评, needs an evaluation) take nothing; close (办结销号)
 * takes the income the project brought and, unless every milestone is done, a closing note.
 */
export const projectActionBodySchema = z
  .object({
    incomeFen: fenSchema.optional(),
    note: z.string().trim().max(500, '说明不超过 500 字').optional(),
  })
  .optional();
export type ProjectActionBody = NonNullable<z.infer<typeof projectActionBodySchema>>;

// ---------------------------------------------------------------------------------------------
// Milestones and evaluations
// ---------------------------------------------------------------------------------------------

export const milestoneBodySchema = z.object({
  title: text(100, '节点名称'),
  dueOn: dateSchema.nullable().optional(),
  note: z.string().trim().max(500, '说明不超过 500 字').nullable().optional(),
  sort: z.number().int().min(0).max(9999).optional(),
});
export type MilestoneBody = z.infer<typeof milestoneBodySchema>;

/** `doneOn: null` marks a milestone not done again. */
export const updateMilestoneBodySchema = milestoneBodySchema.partial().extend({
  doneOn: dateSchema.nullable().optional(),
});
export type UpdateMilestoneBody = z.infer<typeof updateMilestoneBodySchema>;

/** Marks done: on the day given (today, Beijing time, by default) with an optional note. */
export const milestoneDoneBodySchema = z
  .object({
    doneOn: dateSchema.optional(),
    note: z.string().trim().max(500, '说明不超过 500 字').optional(),
  })
  .optional();
export type MilestoneDoneBody = NonNullable<z.infer<typeof milestoneDoneBodySchema>>;

export const milestoneParamsSchema = z.object({ milestoneId: uuidSchema });

export const milestoneSchema = z.object({
  /** Attachments of kind `project_milestone` hang on this id. */
  id: uuidSchema,
  title: z.string(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  sort: z.number().int(),
  photos: z.array(attachmentSchema),
});
export type MilestoneView = z.infer<typeof milestoneSchema>;

export const evaluationBodySchema = z.object({
  evaluatorName: text(32, '考评人姓名'),
  evaluatorUnit: z.string().trim().max(64, '单位不超过 64 字').nullable().optional(),
  score: z.number().int('分数应为整数').min(0, '分数应在 0 至 100 之间').max(100, '分数应在 0 至 100 之间'),
  comment: text(1000, '考评意见'),
  evaluatedOn: dateSchema,
});
export type EvaluationBody = z.infer<typeof evaluationBodySchema>;

export const evaluationParamsSchema = z.object({ evaluationId: uuidSchema });

export const evaluationSchema = z.object({
  id: uuidSchema,
  evaluatorName: z.string(),
  evaluatorUnit: z.string().nullable(),
  score: z.number().int(),
  comment: z.string(),
  evaluatedOn: z.string(),
  createdAt: z.string(),
});
export type EvaluationView = z.infer<typeof evaluationSchema>;

// ---------------------------------------------------------------------------------------------
// The project's page
// ---------------------------------------------------------------------------------------------

export const projectDetailSchema = projectRowSchema.extend({
  leaderCadreId: z.string().nullable(),
  commitment: z.string(),
  industry: z.string().nullable(),
  evaluatedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The closing note (办结说明) when the project was closed with milestones open, or any note given. */
  closingNote: z.string().nullable(),
  createdAt: z.string(),
  milestones: z.array(milestoneSchema),
  evaluations: z.array(evaluationSchema),
  history: z.array(workflowStepSchema),
  /** The workflow actions the caller may take now (buttons). */
  actions: z.array(workflowActionSchema),
  /** What else the caller may do now. */
  may: z.object({
    edit: z.boolean(),
    delete: z.boolean(),
    milestones: z.boolean(),
    evaluate: z.boolean(),
  }),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

/** Cadres of a village who may lead its projects (for the form's picker). */
export const leaderCandidatesQuerySchema = z.object({
  regionCode: regionCodeSchema,
  year: yearSchema,
});
export const leaderCandidateSchema = z.object({
  cadreId: z.string(),
  name: z.string(),
  post: z.string(),
  /** Party secretary (村党组织书记): may lead a `led` project. */
  isSecretary: z.boolean(),
});
export const leaderCandidatesSchema = z.object({ items: z.array(leaderCandidateSchema) });

// ---------------------------------------------------------------------------------------------
// Missing led projects (未领办)
// ---------------------------------------------------------------------------------------------

export const missingQuerySchema = z.object({
  year: yearSchema,
  /** The county or township to look under (default: the caller's region). */
  regionCode: regionCodeInputSchema.optional(),
});

export const missingRegionSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  level: leaderLevelSchema,
  townshipName: z.string().nullable(),
});
export const missingSchema = z.object({
  year: z.number().int(),
  /** Regions in scope: the county itself, each township, each village. */
  regions: z.number().int(),
  items: z.array(missingRegionSchema),
  total: z.number().int(),
});
export type MissingProjects = z.infer<typeof missingSchema>;

// ---------------------------------------------------------------------------------------------
// The public commitment page (no log-in, no personal data beyond the leader's name and post)
// ---------------------------------------------------------------------------------------------

export const publicProjectsParamsSchema = z.object({ regionCode: regionCodeSchema });
export const publicProjectsQuerySchema = z.object({ year: yearSchema.optional() });

export const publicProjectSchema = z.object({
  id: z.string(),
  regionName: z.string().nullable(),
  kind: projectKindSchema,
  title: z.string(),
  leaderName: z.string(),
  leaderPost: z.string().nullable(),
  commitment: z.string(),
  dueOn: z.string().nullable(),
  status: projectStatusSchema,
  statusLabel: textSchema,
  committedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  milestonesTotal: z.number().int(),
  milestonesDone: z.number().int(),
});
export const publicProjectsSchema = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  items: z.array(publicProjectSchema),
});
export type PublicProjects = z.infer<typeof publicProjectsSchema>;
