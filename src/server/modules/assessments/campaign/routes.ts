import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adjustStarsBodySchema,
  answerObjectionBodySchema,
  campaignActionParamsSchema,
  campaignDetailSchema,
  campaignListQuerySchema,
  campaignPageSchema,
  campaignParamsSchema,
  createCampaignBodySchema,
  myRatingSchema,
  noticeDetailSchema,
  noticeListSchema,
  noticeParamsSchema,
  objectionBodySchema,
  objectionCreatedSchema,
  objectionListQuerySchema,
  objectionPageSchema,
  objectionParamsSchema,
  objectionSchema,
  publicNoticesQuerySchema,
  putScoreBodySchema,
  ratingActionBodySchema,
  ratingActionParamsSchema,
  ratingListQuerySchema,
  ratingPageSchema,
  ratingParamsSchema,
  ratingSheetSchema,
  reopenBodySchema,
  scoreParamsSchema,
  starEntrySchema,
  villageStarsParamsSchema,
  villageStarsSchema,
} from '../../../../contracts/api/assess-campaign';
import { ctxOf, metaOf } from '../../../platform/http/context';
import { actOnCampaign } from './act-on-campaign';
import { actOnRating, refreshRating } from './act-on-rating';
import { createCampaign } from './create-campaign';
import { getCampaign } from './get-campaign';
import { listCampaigns } from './list-campaigns';
import { listRatings } from './list-ratings';
import { myRating } from './my-rating';
import { answerObjection, listObjections, lodgeObjection, publicNotice, publicNotices } from './objections';
import { putScore } from './put-score';
import { getRatingSheet } from './rating-sheet';
import { adjustStars, villageStarsOf } from './stars';

// 星级评定 routes (docs/assessments.md §2). Thin: schemas, permission, one use case each. Who may
// take which step is policy.ts's and the workflows'; the permissions keep out accounts that take
// no part at all.

const tags = ['assessments'];
const scorers = ['assess.self', 'assess.review'] as const;
const steppers = ['assess.self', 'assess.review', 'assess.campaign'] as const;

/**
 * Anyone may read the 公示 lists; objections are written by people without accounts: keep them
 * few. An objection is counted after its input is checked (preHandler), so a mistyped form is
 * answered with what is wrong and does not use up the five.
 */
export const PUBLIC_READ_LIMIT = { max: 60, timeWindow: '1 minute' };
export const PUBLIC_OBJECTION_LIMIT = { max: 5, timeWindow: '10 minutes', hook: 'preHandler' as const };

export const campaignRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/assess/campaigns',
    {
      schema: {
        tags,
        summary: '开展星级评定：为本县每个村建立自评表（须用已发布的评定标准，每县每年一次）',
        body: createCampaignBodySchema,
        response: { 201: campaignDetailSchema },
      },
      config: { permission: 'assess.campaign' },
    },
    async (req, reply) => reply.code(201).send(await createCampaign(ctxOf(req), req.body)),
  );
  app.get(
    '/api/assess/campaigns',
    {
      schema: {
        tags,
        summary: '星级评定列表',
        querystring: campaignListQuerySchema,
        response: { 200: campaignPageSchema },
      },
      config: { permission: 'assess.read' },
    },
    (req) => listCampaigns(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: '星级评定详情：各状态、各星级村数（按乡镇），异议数，可做的操作',
        params: campaignParamsSchema,
        response: { 200: campaignDetailSchema },
      },
      config: { permission: 'assess.read' },
    },
    (req) => getCampaign(ctxOf(req), req.params.campaignId),
  );
  app.post(
    '/api/assess/campaigns/:campaignId/actions/:action',
    {
      schema: {
        tags,
        summary: '开始公示、发布结果（公示未满、异议未答复时答 409）',
        params: campaignActionParamsSchema,
        response: { 200: campaignDetailSchema },
      },
      config: { permission: 'assess.campaign' },
    },
    (req) => actOnCampaign(ctxOf(req), req.params.campaignId, req.params.action),
  );
  app.get(
    '/api/assess/campaigns/:campaignId/ratings',
    {
      schema: {
        tags,
        summary: '各村评定列表（乡镇审核）：按乡镇、状态、星级筛选，按村名搜索，排序分页',
        params: campaignParamsSchema,
        querystring: ratingListQuerySchema,
        response: { 200: ratingPageSchema },
      },
      config: { permission: 'assess.read' },
    },
    (req) => listRatings(ctxOf(req), req.params.campaignId, req.query),
  );
  app.get(
    '/api/assess/campaigns/:campaignId/objections',
    {
      schema: {
        tags,
        summary: '公示异议列表（电话已隐去中间四位）',
        params: campaignParamsSchema,
        querystring: objectionListQuerySchema,
        response: { 200: objectionPageSchema },
      },
      config: { permission: 'assess.read' },
    },
    (req) => listObjections(ctxOf(req), req.params.campaignId, req.query),
  );
  app.post(
    '/api/assess/objections/:objectionId/answer',
    {
      schema: {
        tags,
        summary: '答复异议（异议成立：该村回到县级重新审定）',
        params: objectionParamsSchema,
        body: answerObjectionBodySchema,
        response: { 200: objectionSchema },
      },
      config: { permission: 'assess.campaign' },
    },
    (req) => answerObjection(ctxOf(req), req.params.objectionId, req.body),
  );
  app.get(
    '/api/assess/my-rating',
    {
      schema: { tags, summary: '本村当前的星级自评表', response: { 200: myRatingSchema } },
      config: { permission: 'assess.self' },
    },
    (req) => myRating(ctxOf(req)),
  );
  app.get(
    '/api/assess/ratings/:ratingId',
    {
      schema: {
        tags,
        summary: '评分表：各指标自评、审核分值，记录读取值，证明材料，总分、星级，流转记录和可做的操作',
        params: ratingParamsSchema,
        response: { 200: ratingSheetSchema },
      },
      config: { permission: 'assess.read' },
    },
    (req) => getRatingSheet(ctxOf(req), req.params.ratingId),
  );
  app.put(
    '/api/assess/ratings/:ratingId/scores/:indicatorCode',
    {
      schema: {
        tags,
        summary: '填写一项指标：村自评（分值、说明、关联记录）或乡镇审核（分值，与自评不同须写理由）',
        params: scoreParamsSchema,
        body: putScoreBodySchema,
        response: { 200: ratingSheetSchema },
      },
      config: { permission: scorers },
    },
    (req) => putScore(ctxOf(req), req.params.ratingId, req.params.indicatorCode, req.body),
  );
  app.post(
    '/api/assess/ratings/:ratingId/refresh',
    {
      schema: {
        tags,
        summary: '重新读取由系统记录自动填写的指标',
        params: ratingParamsSchema,
        response: { 200: ratingSheetSchema },
      },
      config: { permission: scorers },
    },
    (req) => refreshRating(ctxOf(req), req.params.ratingId),
  );
  app.post(
    '/api/assess/ratings/:ratingId/actions/:action',
    {
      schema: {
        tags,
        summary: '提交自评、审核通过、退回（须写理由）、审定星级 { stars, reason? }（状态不允许时答 409）',
        params: ratingActionParamsSchema,
        body: ratingActionBodySchema,
        response: { 200: ratingSheetSchema },
      },
      config: { permission: steppers },
    },
    (req) => actOnRating(ctxOf(req), req.params.ratingId, req.params.action, req.body ?? {}),
  );
  app.post(
    '/api/assess/ratings/:ratingId/reopen',
    {
      schema: {
        tags,
        summary: '公示期间重新审定某村（须写理由）',
        params: ratingParamsSchema,
        body: reopenBodySchema,
        response: { 200: ratingSheetSchema },
      },
      config: { permission: 'assess.campaign' },
    },
    (req) => actOnRating(ctxOf(req), req.params.ratingId, 'reopen', { reason: req.body.reason }),
  );
  app.post(
    '/api/assess/stars',
    {
      schema: {
        tags,
        summary: '动态调整村星级（发布后，须写理由）',
        body: adjustStarsBodySchema,
        response: { 201: starEntrySchema },
      },
      config: { permission: 'assess.campaign' },
    },
    async (req, reply) => reply.code(201).send(await adjustStars(ctxOf(req), req.body)),
  );
  app.get(
    '/api/assess/villages/:regionCode/stars',
    {
      schema: {
        tags,
        summary: '村的星级：现在的星级、历次评定和调整（含理由）、最近一次发布的评分表',
        params: villageStarsParamsSchema,
        response: { 200: villageStarsSchema },
      },
      config: { permission: 'assess.read' },
    },
    (req) => villageStarsOf(ctxOf(req), req.params.regionCode),
  );
};

export const campaignPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyRateLimit, { global: false });
  app.get(
    '/api/public/assess/notices',
    {
      schema: {
        tags,
        summary: '星级评定公示（无需登录）',
        querystring: publicNoticesQuerySchema,
        response: { 200: noticeListSchema },
      },
      config: { access: 'public', rateLimit: PUBLIC_READ_LIMIT },
    },
    (req) => publicNotices(app.services.database.db, req.query.county),
  );
  app.get(
    '/api/public/assess/notices/:campaignId',
    {
      schema: {
        tags,
        summary: '某次星级评定的公示名单（无需登录，不含个人信息）',
        params: noticeParamsSchema,
        response: { 200: noticeDetailSchema },
      },
      config: { access: 'public', rateLimit: PUBLIC_READ_LIMIT },
    },
    (req) => publicNotice(app.services.database.db, req.params.campaignId),
  );
  app.post(
    '/api/public/assess/notices/:campaignId/objections',
    {
      schema: {
        tags,
        summary: '对公示名单中的某村提出异议（无需登录；电话加密保存）',
        params: noticeParamsSchema,
        body: objectionBodySchema,
        response: { 201: objectionCreatedSchema },
      },
      config: { access: 'public', rateLimit: PUBLIC_OBJECTION_LIMIT },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await lodgeObjection(
            { db: app.services.database.db, pii: app.services.pii },
            metaOf(req),
            req.params.campaignId,
            req.body,
          ),
        ),
  );
};
