import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';
import { transitionBodySchema, workflowActionSchema, workflowStepSchema } from './workflow';

// 软弱涣散村党组织整顿 (docs/assessments.md §5, CATALOGUES.md §1a–1c): what the server and the
// pages share.

export const WEAK_STATUSES = [
  'nominated',
  'identified',
  'assigned',
  'rectifying',
  'accepting',
  'closed',
  'consolidated',
  'dismissed',
] as const;
export const weakStatusSchema = z.enum(WEAK_STATUSES);
export type WeakStatusName = z.infer<typeof weakStatusSchema>;

export const WEAK_ACTIONS = [
  'confirm',
  'assign',
  'plan',
  'requestAcceptance',
  'accept',
  'consolidate',
  'dismiss',
] as const;
export const weakActionSchema = z.enum(WEAK_ACTIONS);

/** 四个一 / 三个一: a research visit, a party lecture, a practical deed, a talk. */
export const CONTACT_KINDS = ['visit', 'lecture', 'deed', 'talk'] as const;
export const WEAK_LOG_KINDS = ['progress', 'contact', 'checkin'] as const;
/** 验收方式 听评谈查: report, democratic appraisal, talks, site check. */
export const ACCEPTANCE_METHODS = ['listen', 'appraise', 'talk', 'check'] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日');
const year = z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确');

// —— catalogues ——

export const weakDetectSchema = z.object({
  figure: z.string().trim().min(1).max(60),
  map: z.enum(['atLeast', 'atMost']),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const weakSituationSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  rule: z.string().nullable(),
  detect: weakDetectSchema.nullable(),
  active: z.boolean(),
  sort: z.number().int(),
});
export type WeakSituation = z.infer<typeof weakSituationSchema>;

export const situationBodySchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,16}$/, '编号为 1–16 位字母或数字'),
  name: z.string().trim().min(2, '请填写情形').max(100, '情形不超过 100 字'),
  rule: z.string().trim().max(200, '认定标准不超过 200 字').nullish(),
  detect: weakDetectSchema.nullish(),
  active: z.boolean().optional(),
  sort: z.number().int().min(0).max(999).optional(),
});
export const situationPatchSchema = situationBodySchema.partial();

const slotSchema = z.object({
  title: z.string().trim().min(1, '请填写措施名称').max(60, '措施名称不超过 60 字'),
  hint: z.string().trim().max(100).optional(),
});

export const weakTemplateSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  slots: z.array(z.object({ title: z.string(), hint: z.string().optional() })),
  active: z.boolean(),
});
export type WeakTemplate = z.infer<typeof weakTemplateSchema>;

export const templateBodySchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,16}$/, '编号为 1–16 位字母或数字'),
  name: z.string().trim().min(2, '请填写模板名称').max(60, '模板名称不超过 60 字'),
  slots: z.array(slotSchema).min(1, '至少一项措施').max(30, '最多 30 项措施'),
  active: z.boolean().optional(),
});
export const templatePatchSchema = templateBodySchema.partial();

export const weakCataloguesSchema = z.object({
  situations: z.array(weakSituationSchema),
  templates: z.array(weakTemplateSchema),
});

export const situationParamsSchema = z.object({ situationId: uuidSchema });
export const templateParamsSchema = z.object({ templateId: uuidSchema });

// —— identification ——

export const candidateSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  townshipName: z.string().nullable(),
  source: z.enum(['rating', 'detected', 'nominated']),
  situations: z.array(z.string()),
  reason: z.string(),
  /** A nomination waiting for the county (its record) or an existing record of the year. */
  weakId: uuidSchema.nullable(),
  status: weakStatusSchema.nullable(),
});
export type WeakCandidate = z.infer<typeof candidateSchema>;

export const candidatesQuerySchema = z.object({ year: year.optional() });
export const candidatesSchema = z.object({
  year: z.number().int(),
  campaign: z.object({ id: uuidSchema, year: z.number().int(), name: z.string() }).nullable(),
  items: z.array(candidateSchema),
});

const findings = z
  .string()
  .trim()
  .min(4, '请写明认定情况（至少 4 个字）')
  .max(2000, '认定情况不超过 2000 字');

export const identifyBodySchema = z.object({
  regionCode: regionCodeSchema,
  year: year,
  kind: z.enum(['weak', 'lagging']).default('weak'),
  source: z.enum(['rating', 'detected', 'nominated']),
  situations: z.array(z.string().max(16)).max(20),
  findings,
});
export type IdentifyBody = z.infer<typeof identifyBodySchema>;

export const nominateBodySchema = z.object({
  regionCode: regionCodeSchema,
  year: year,
  situations: z.array(z.string().max(16)).min(1, '请勾选至少一种情形').max(20),
  findings,
});
export type NominateBody = z.infer<typeof nominateBodySchema>;

// —— workflow ——

export const measureInputSchema = z.object({
  slot: z.string().trim().max(60).nullish(),
  text: z.string().trim().min(2, '请填写措施内容').max(500, '措施内容不超过 500 字'),
  ownerName: z.string().trim().min(1, '请填写责任人').max(40, '责任人不超过 40 字'),
  ownerUserId: uuidSchema.nullish(),
  deadline: date,
});
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const acceptanceInputSchema = z.object({
  score: z.number().int('验收评分应为整数').min(0).max(100, '验收评分不超过 100'),
  dissatisfied: z.number().int('不满意率应为整数').min(0).max(100, '不满意率不超过 100'),
  panelSize: z.number().int().min(1, '请填写参评人数').max(1000),
  methods: z.array(z.enum(ACCEPTANCE_METHODS)).min(1, '请选择验收方式').max(4),
});

export const weakActionBodySchema = transitionBodySchema.extend({
  leaderName: z.string().trim().min(1).max(40, '姓名不超过 40 字').optional(),
  leaderPost: z.string().trim().min(1).max(60, '职务不超过 60 字').optional(),
  leaderUserId: uuidSchema.nullish(),
  templateId: uuidSchema.nullish(),
  measures: z.array(measureInputSchema).max(40, '最多 40 项措施').optional(),
  acceptance: acceptanceInputSchema.optional(),
});
export type WeakActionBody = z.infer<typeof weakActionBodySchema>;

export const weakParamsSchema = z.object({ weakId: uuidSchema });
export const weakActionParamsSchema = z.object({ weakId: uuidSchema, action: weakActionSchema });
export const measureParamsSchema = z.object({ measureId: uuidSchema });

export const measureDoneBodySchema = z.object({
  note: z.string().trim().min(2, '请写明完成情况').max(1000, '完成情况不超过 1000 字'),
});

export const logBodySchema = z.object({
  kind: z.enum(WEAK_LOG_KINDS),
  contactKind: z.enum(CONTACT_KINDS).nullish(),
  measureId: uuidSchema.nullish(),
  text: z.string().trim().min(2, '请填写内容').max(2000, '内容不超过 2000 字'),
  happenedOn: date,
});
export type LogBody = z.infer<typeof logBodySchema>;

export const carryOverBodySchema = z.object({ fromYear: year });
export const carryOverResultSchema = z.object({ carried: z.number().int(), ids: z.array(uuidSchema) });

// —— views ——

export const weakListQuerySchema = pageQuerySchema.extend({
  year: year.optional(),
  status: weakStatusSchema.optional(),
  township: regionCodeSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type WeakListQuery = z.infer<typeof weakListQuerySchema>;

const text = z.object({ zh: z.string(), en: z.string() });

export const weakItemSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  regionName: z.string(),
  townshipName: z.string().nullable(),
  year: z.number().int(),
  kind: z.enum(['weak', 'lagging']),
  source: z.enum(['rating', 'detected', 'nominated', 'carried']),
  situations: z.array(z.string()),
  status: weakStatusSchema,
  statusLabel: text,
  leaderName: z.string().nullable(),
  deadline: z.string().nullable(),
  measuresTotal: z.number().int(),
  measuresDone: z.number().int(),
  overdueMeasures: z.number().int(),
  consolidationEnds: z.string().nullable(),
});
export type WeakItem = z.infer<typeof weakItemSchema>;
export const weakPageSchema = pageOf(weakItemSchema);

export const measureSchema = z.object({
  id: uuidSchema,
  slot: z.string().nullable(),
  text: z.string(),
  ownerName: z.string(),
  ownerUserId: z.string().nullable(),
  deadline: z.string(),
  status: z.enum(['open', 'done']),
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
  mayMarkDone: z.boolean(),
  photos: z.array(attachmentSchema),
});

export const logSchema = z.object({
  id: uuidSchema,
  kind: z.enum(WEAK_LOG_KINDS),
  contactKind: z.string().nullable(),
  measureId: z.string().nullable(),
  text: z.string(),
  happenedOn: z.string(),
  createdByName: z.string().nullable(),
  photos: z.array(attachmentSchema),
});

export const weakDetailSchema = weakItemSchema.extend({
  findings: z.string(),
  leaderPost: z.string().nullable(),
  leaderUserId: z.string().nullable(),
  templateId: z.string().nullable(),
  acceptance: z
    .object({
      score: z.number(),
      dissatisfied: z.number(),
      panelSize: z.number(),
      passed: z.boolean(),
      method: z.array(z.string()),
    })
    .nullable(),
  closedAt: z.string().nullable(),
  carriedFromId: z.string().nullable(),
  situationNames: z.array(z.object({ code: z.string(), name: z.string() })),
  measures: z.array(measureSchema),
  logs: z.array(logSchema),
  history: z.array(workflowStepSchema),
  actions: z.array(workflowActionSchema),
  mayLog: z.boolean(),
  mayAddMeasure: z.boolean(),
});
export type WeakDetail = z.infer<typeof weakDetailSchema>;
