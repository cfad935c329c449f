import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  createTalentBodySchema,
  listTalentsQuerySchema,
  reviewBodySchema,
  talentDetailSchema,
  talentSchema,
  updateTalentBodySchema,
} from '../../../contracts/api/talents';
import { ctxOf } from '../../platform/http/context';
import { advanceTalent } from './advance-talent';
import { createTalent } from './create-talent';
import { talentExcelRoutes } from './excel';
import { getTalent } from './get-talent';
import { listTalents } from './list-talents';
import { updateTalent } from './update-talent';

// Routes of the talent pool (issue 4): 村级摸排 → 乡级审核 → 县级备案.
const params = z.object({ talentId: uuidSchema });
const tags = ['talents'];
const survey = { permission: 'talents.survey' } as const;
const detail = { 200: talentDetailSchema };

export const talentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/talents',
    {
      schema: {
        tags,
        summary: '人才库列表（可筛选待我处理）',
        querystring: listTalentsQuerySchema,
        response: { 200: pageOf(talentSchema) },
      },
      config: { permission: 'talents.read' },
    },
    (req) => listTalents(ctxOf(req), req.query),
  );
  app.post(
    '/api/talents',
    {
      schema: {
        tags,
        summary: '村级摸排：新增人才（草稿）',
        body: createTalentBodySchema,
        response: { 201: talentDetailSchema },
      },
      config: survey,
    },
    async (req, reply) => reply.status(201).send(await createTalent(ctxOf(req), req.body)),
  );
  app.get(
    '/api/talents/:talentId',
    {
      schema: { tags, summary: '人才详情与审核记录', params, response: detail },
      config: { permission: 'talents.read' },
    },
    (req) => getTalent(ctxOf(req), req.params.talentId),
  );
  app.patch(
    '/api/talents/:talentId',
    {
      schema: {
        tags,
        summary: '修改人才（草稿或退回后）',
        params,
        body: updateTalentBodySchema,
        response: detail,
      },
      config: survey,
    },
    (req) => updateTalent(ctxOf(req), req.params.talentId, req.body),
  );
  app.post(
    '/api/talents/:talentId/submit',
    { schema: { tags, summary: '提交乡级审核', params, response: detail }, config: survey },
    (req) => advanceTalent(ctxOf(req), req.params.talentId, 'village_survey', 'submit'),
  );
  app.post(
    '/api/talents/:talentId/review',
    {
      schema: { tags, summary: '乡级审核：通过或退回', params, body: reviewBodySchema, response: detail },
      config: { permission: 'talents.review' },
    },
    (req) =>
      advanceTalent(ctxOf(req), req.params.talentId, 'township_review', req.body.decision, req.body.comment),
  );
  app.post(
    '/api/talents/:talentId/file',
    {
      schema: { tags, summary: '县级备案：通过或退回', params, body: reviewBodySchema, response: detail },
      config: { permission: 'talents.file' },
    },
    (req) =>
      advanceTalent(ctxOf(req), req.params.talentId, 'county_filing', req.body.decision, req.body.comment),
  );
  await app.register(talentExcelRoutes);
};
