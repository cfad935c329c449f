import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeInputSchema, regionCodeSchema, uuidSchema } from './common';
import { workflowActionSchema, workflowStepSchema } from './workflow';

// 星级评定 (issue 13, docs/assessments.md §2): a county's yearly star-rating campaign, the villages'
// scoring sheets, the township's review, the county's decision, 公示 with objections, publication
// and the village's stars over time. Evidence photos and PDFs are attachments of kind
// `rating_score` on a score row (the platform's /api/attachments routes with the score's id).

const dateSchema = z.iso.date('日期格式应为 YYYY-MM-DD');
const starsSchema = z.number().int('星级应为整数').min(1, '星级为 1 至 5').max(5, '星级为 1 至 5');
const yearSchema = z.number().int().min(2000, '年度不正确').max(2100, '年度不正确');

export const CAMPAIGN_STATUSES = ['open', 'notice', 'published'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatusName = z.infer<typeof campaignStatusSchema>;

export const RATING_STATUSES = ['self', 'township', 'county', 'decided'] as const;
export const ratingStatusSchema = z.enum(RATING_STATUSES);
export type RatingStatusName = z.infer<typeof ratingStatusSchema>;

export const RATING_ACTIONS = ['submit', 'approve', 'return', 'decide'] as const;
export const CAMPAIGN_ACTIONS = ['startNotice', 'publish'] as const;

// ---------------------------------------------------------------------------------------------
// Campaigns
// ---------------------------------------------------------------------------------------------

export const createCampaignBodySchema = z.object({
  year: yearSchema,
  setId: uuidSchema,
  name: z.string().trim().min(1).max(60, '名称不超过 60 字').optional(),
  noticeDays: z.number().int().min(1, '公示至少 1 天').max(30, '公示不超过 30 天').optional(),
  selfDue: dateSchema.optional(),
  reviewDue: dateSchema.optional(),
});
export type CreateCampaignBody = z.infer<typeof createCampaignBodySchema>;

export const campaignSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  name: z.string(),
  setId: uuidSchema,
  setName: z.string(),
  status: campaignStatusSchema,
  noticeDays: z.number().int(),
  selfDue: z.string().nullable(),
  reviewDue: z.string().nullable(),
  noticeStartedAt: z.string().nullable(),
  noticeEndsAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Number of villages rated. */
  ratings: z.number().int(),
});
export type CampaignView = z.infer<typeof campaignSchema>;

export const campaignListQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000, '年度不正确').max(2100, '年度不正确').optional(),
    status: campaignStatusSchema.optional(),
  })
  .extend(pageQuerySchema.shape);
export const campaignPageSchema = pageOf(campaignSchema);

/** Counts of a group of ratings (the county, or one township). */
export const ratingCountsSchema = z.object({
  total: z.number().int(),
  /** Per rating state: self, township, county, decided. */
  byStatus: z.record(ratingStatusSchema, z.number().int()),
  /** Decided stars ('1' … '5'); ratings not decided yet are not counted. */
  byStars: z.record(z.string(), z.number().int()),
  /** Stars the scores give now (computed), '1' … '5'. */
  byComputedStars: z.record(z.string(), z.number().int()),
});
export type RatingCounts = z.infer<typeof ratingCountsSchema>;

/** GET /api/assess/campaigns/:campaignId: the campaign with the county summary. */
export const campaignDetailSchema = z.object({
  campaign: campaignSchema,
  counts: ratingCountsSchema,
  townships: z.array(
    ratingCountsSchema.extend({ regionCode: z.string(), regionName: z.string().nullable() }),
  ),
  openObjections: z.number().int(),
  objections: z.number().int(),
  /** startNotice / publish, when the caller may take them now (with `missing` telling why it waits). */
  actions: z.array(workflowActionSchema),
  /** Why publish waits (公示 not over, objections open), in Chinese; null when it may. */
  publishBlocked: z.string().nullable(),
});
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;

export const campaignActionParamsSchema = z.object({
  campaignId: uuidSchema,
  action: z.enum(CAMPAIGN_ACTIONS),
});

// ---------------------------------------------------------------------------------------------
// The review list (township, county)
// ---------------------------------------------------------------------------------------------

export const RATING_SORTS = [
  'village',
  'status',
  'self-desc',
  'self-asc',
  'review-desc',
  'review-asc',
  'stars-desc',
  'stars-asc',
  'updated-desc',
] as const;

export const ratingListQuerySchema = z
  .object({
    /** Villages under this township (12-digit or short code). */
    township: regionCodeInputSchema.optional(),
    status: ratingStatusSchema.optional(),
    /** Decided stars, or computed stars when not decided yet. */
    stars: z.coerce.number().int().min(1).max(5).optional(),
    /** Words of the village's name. */
    q: z.string().trim().max(30, '搜索词不超过 30 字').optional(),
    sort: z.enum(RATING_SORTS).default('village'),
  })
  .extend(pageQuerySchema.shape);
export type RatingListQuery = z.infer<typeof ratingListQuerySchema>;

export const ratingRowSchema = z.object({
  id: uuidSchema,
  campaignId: uuidSchema,
  regionCode: z.string(),
  villageName: z.string().nullable(),
  townshipCode: z.string(),
  townshipName: z.string().nullable(),
  status: ratingStatusSchema,
  selfTotal: z.number().int().nullable(),
  reviewTotal: z.number().int().nullable(),
  computedStars: z.number().int().nullable(),
  stars: z.number().int().nullable(),
  /** Indicators whose township value differs from the village's. */
  changed: z.number().int(),
  /** Attachments and links over all its scores. */
  evidence: z.number().int(),
  /** Indicators (not filled from records) with a self value / all of them. */
  filled: z.number().int(),
  updatedAt: z.string(),
});
export type RatingRow = z.infer<typeof ratingRowSchema>;
export const ratingPageSchema = pageOf(ratingRowSchema);

// ---------------------------------------------------------------------------------------------
// The scoring sheet
// ---------------------------------------------------------------------------------------------

export const evidenceLinkSchema = z.object({
  kind: z.string().trim().min(1).max(30),
  id: z.string().trim().min(1).max(60),
  label: z.string().trim().min(1).max(100, '说明不超过 100 字'),
});
export type EvidenceLinkView = z.infer<typeof evidenceLinkSchema>;

export const scoreRowSchema = z.object({
  /** The score row's id: attachments of kind `rating_score` hang on it. */
  id: uuidSchema,
  indicatorId: uuidSchema,
  code: z.string(),
  area: z.string(),
  areaName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  method: z.enum(['points', 'yesno', 'tiers', 'percent', 'veto']),
  maxPoints: z.number().int(),
  tiers: z.array(z.object({ label: z.string(), points: z.number(), min: z.number().optional() })).nullable(),
  evidenceText: z.string().nullable(),
  evidenceRequired: z.boolean(),
  /** Filled from records: the figure named; the village does not type the value. */
  source: z.object({ figure: z.string(), label: z.string().nullable() }).nullable(),
  selfValue: z.number().int().nullable(),
  selfPoints: z.number().int().nullable(),
  selfNote: z.string().nullable(),
  reviewValue: z.number().int().nullable(),
  reviewPoints: z.number().int().nullable(),
  reviewReason: z.string().nullable(),
  /** The figure's value (live while in self, frozen at submit). */
  recordValue: z.number().nullable(),
  recordAt: z.string().nullable(),
  links: z.array(evidenceLinkSchema),
  /** Attachments on this score row. */
  attachments: z.number().int(),
  /** May the caller change this score now (value, note, links, attachments)? */
  editable: z.boolean(),
});
export type ScoreRow = z.infer<typeof scoreRowSchema>;

export const ratingSheetSchema = z.object({
  id: uuidSchema,
  campaignId: uuidSchema,
  campaignName: z.string(),
  campaignStatus: campaignStatusSchema,
  year: z.number().int(),
  regionCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  status: ratingStatusSchema,
  statusLabel: z.object({ zh: z.string(), en: z.string() }),
  selfTotal: z.number().int().nullable(),
  reviewTotal: z.number().int().nullable(),
  /** Of the set's indicators (not counting vetoes). */
  maxTotal: z.number().int(),
  computedStars: z.number().int().nullable(),
  stars: z.number().int().nullable(),
  decisionReason: z.string().nullable(),
  /** Why the computed stars are below what the total gives. */
  capped: z.array(z.object({ rule: z.enum(['satisfaction', 'veto']), maxStars: z.number().int() })),
  thresholds: z.object({ five: z.number(), four: z.number(), three: z.number(), two: z.number() }),
  /** Sum of points per area (A … G) of the current values (review where given, else self). */
  byArea: z.record(z.string(), z.number().int()),
  scores: z.array(scoreRowSchema),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  history: z.array(workflowStepSchema),
  actions: z.array(workflowActionSchema),
  /** May the county reopen it (公示, decided)? */
  canReopen: z.boolean(),
  objections: z.number().int(),
});
export type RatingSheet = z.infer<typeof ratingSheetSchema>;

export const ratingParamsSchema = z.object({ ratingId: uuidSchema });
export const scoreParamsSchema = z.object({
  ratingId: uuidSchema,
  indicatorCode: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, '指标代码格式不正确'),
});

/**
 * The village in `self`: value (omitted for record-filled ones), note, links.
 * The township in `township`: value and reason (required when it differs from the village's).
 */
export const putScoreBodySchema = z.object({
  value: z.number().int('请填写整数').nullable().optional(),
  note: z.string().trim().max(500, '说明不超过 500 字').nullable().optional(),
  links: z.array(evidenceLinkSchema).max(20, '关联记录不超过 20 条').optional(),
  reason: z.string().trim().max(500, '理由不超过 500 字').optional(),
});
export type PutScoreBody = z.infer<typeof putScoreBodySchema>;

export const ratingActionParamsSchema = z.object({
  ratingId: uuidSchema,
  action: z.enum(RATING_ACTIONS),
});
/** submit / approve: nothing; return: reason; decide: stars (reason when they differ from computed). */
export const ratingActionBodySchema = z.object({
  reason: z.string().trim().max(500, '理由不超过 500 字').optional(),
  stars: starsSchema.optional(),
});
export type RatingActionBody = z.infer<typeof ratingActionBodySchema>;

export const reopenBodySchema = z.object({
  reason: z.string().trim().min(1, '请填写理由').max(500, '理由不超过 500 字'),
});

/** GET /api/assess/my-rating: the village's rating of the current campaign, or null. */
export const myRatingSchema = z.object({ rating: ratingSheetSchema.nullable() });

// ---------------------------------------------------------------------------------------------
// 公示 and objections
// ---------------------------------------------------------------------------------------------

export const noticeSummarySchema = z.object({
  campaignId: uuidSchema,
  countyCode: z.string(),
  countyName: z.string().nullable(),
  year: z.number().int(),
  name: z.string(),
  noticeStartedAt: z.string().nullable(),
  noticeEndsAt: z.string().nullable(),
  villages: z.number().int(),
});
export const noticeListSchema = z.object({ items: z.array(noticeSummarySchema) });

export const noticeDetailSchema = noticeSummarySchema.extend({
  items: z.array(
    z.object({
      ratingId: uuidSchema,
      regionCode: z.string(),
      villageName: z.string().nullable(),
      townshipName: z.string().nullable(),
      stars: z.number().int().nullable(),
      total: z.number().int().nullable(),
    }),
  ),
});
export type NoticeDetail = z.infer<typeof noticeDetailSchema>;

export const objectionBodySchema = z.object({
  ratingId: uuidSchema,
  text: z.string().trim().min(5, '请把异议写清楚（至少 5 个字）').max(1000, '异议不超过 1000 字'),
  name: z.string().trim().max(30, '姓名不超过 30 字').optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '电话号码格式不正确')
    .optional(),
});
export type ObjectionBody = z.infer<typeof objectionBodySchema>;
export const objectionCreatedSchema = z.object({ id: uuidSchema, message: z.string() });

export const objectionSchema = z.object({
  id: uuidSchema,
  campaignId: uuidSchema,
  ratingId: uuidSchema,
  regionCode: z.string(),
  villageName: z.string().nullable(),
  text: z.string(),
  name: z.string().nullable(),
  /** Masked (138****5678). */
  phone: z.string().nullable(),
  status: z.enum(['open', 'answered']),
  answer: z.string().nullable(),
  upheld: z.boolean().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ObjectionView = z.infer<typeof objectionSchema>;
export const objectionListQuerySchema = z
  .object({ status: z.enum(['open', 'answered']).optional() })
  .extend(pageQuerySchema.shape);
export const objectionPageSchema = pageOf(objectionSchema);

export const answerObjectionBodySchema = z.object({
  answer: z.string().trim().min(2, '请填写答复').max(1000, '答复不超过 1000 字'),
  /** Upheld: the rating goes back to the county for a new decision. */
  upheld: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Stars over time and dynamic adjustment
// ---------------------------------------------------------------------------------------------

export const adjustStarsBodySchema = z.object({
  regionCode: regionCodeSchema,
  stars: starsSchema,
  reason: z.string().trim().min(2, '请填写调整理由').max(500, '理由不超过 500 字'),
});

export const starEntrySchema = z.object({
  id: uuidSchema,
  year: z.number().int(),
  stars: z.number().int(),
  source: z.enum(['campaign', 'adjust']),
  campaignId: uuidSchema.nullable(),
  ratingId: uuidSchema.nullable(),
  reason: z.string().nullable(),
  effectiveAt: z.string(),
  createdByName: z.string().nullable(),
});
export type StarEntry = z.infer<typeof starEntrySchema>;

export const villageStarsSchema = z.object({
  regionCode: z.string(),
  villageName: z.string().nullable(),
  /** The latest row's stars; null when never rated. */
  stars: z.number().int().nullable(),
  /** Newest first. */
  history: z.array(starEntrySchema),
  /** The latest published rating's sheet (indicators, values, evidence counts), or null. */
  rating: ratingSheetSchema.nullable(),
});
export type VillageStars = z.infer<typeof villageStarsSchema>;
export const villageStarsParamsSchema = z.object({ regionCode: regionCodeSchema });

// Routes and their answers:
// POST /api/assess/campaigns (createCampaignBodySchema) → campaignDetailSchema (201)
// GET  /api/assess/campaigns (campaignListQuerySchema) → campaignPageSchema
// GET  /api/assess/campaigns/:campaignId → campaignDetailSchema
// POST /api/assess/campaigns/:campaignId/actions/:action (startNotice | publish) → campaignDetailSchema
// GET  /api/assess/campaigns/:campaignId/ratings (ratingListQuerySchema) → ratingPageSchema
// GET  /api/assess/campaigns/:campaignId/objections (objectionListQuerySchema) → objectionPageSchema
// GET  /api/assess/ratings/:ratingId → ratingSheetSchema
// GET  /api/assess/my-rating → myRatingSchema
// PUT  /api/assess/ratings/:ratingId/scores/:indicatorCode (putScoreBodySchema) → ratingSheetSchema
// POST /api/assess/ratings/:ratingId/refresh → ratingSheetSchema
// POST /api/assess/ratings/:ratingId/actions/:action (ratingActionBodySchema) → ratingSheetSchema
// POST /api/assess/ratings/:ratingId/reopen (reopenBodySchema) → ratingSheetSchema
// POST /api/assess/objections/:objectionId/answer (answerObjectionBodySchema) → objectionSchema
// POST /api/assess/stars (adjustStarsBodySchema) → starEntrySchema (201)
// GET  /api/assess/villages/:regionCode/stars → villageStarsSchema
// GET  /api/public/assess/notices → noticeListSchema (no account)
// GET  /api/public/assess/notices/:campaignId → noticeDetailSchema (no account)
// POST /api/public/assess/notices/:campaignId/objections (objectionBodySchema) → objectionCreatedSchema (201)
export const objectionParamsSchema = z.object({ objectionId: uuidSchema });
export const campaignParamsSchema = z.object({ campaignId: uuidSchema });
export const starEntryCreatedSchema = starEntrySchema;
/** GET /api/public/assess/notices?county=: campaigns in 公示, of one county when named. */
export const publicNoticesQuerySchema = z.object({ county: regionCodeInputSchema.optional() });
export const noticeParamsSchema = campaignParamsSchema;
