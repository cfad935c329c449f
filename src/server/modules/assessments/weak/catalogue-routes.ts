import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  situationBodySchema,
  situationParamsSchema,
  situationPatchSchema,
  templateBodySchema,
  templateParamsSchema,
  templatePatchSchema,
  weakCataloguesSchema,
  weakSituationSchema,
  weakTemplateSchema,
} from '../../../../contracts/api/assess-weak';
import { ctxOf } from '../../../platform/http/context';
import {
  createSituation,
  createTemplate,
  listCatalogues,
  updateSituation,
  updateTemplate,
} from './catalogue';
import { tags } from './routes';

// 认定情形与整顿模板: read by everyone taking part, edited by the county (policy.ts).

export const weakCatalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/weak/catalogues',
    {
      schema: {
        tags,
        summary: '软弱涣散认定情形（W01–W12）和整顿方案模板',
        response: { 200: weakCataloguesSchema },
      },
      config: { permission: ['assess.read', 'assess.weak'] },
    },
    (req) => listCatalogues(ctxOf(req)),
  );
  app.post(
    '/api/assess/weak/situations',
    {
      schema: {
        tags,
        summary: '新增认定情形（县）',
        body: situationBodySchema,
        response: { 201: weakSituationSchema },
      },
      config: { permission: 'assess.weak' },
    },
    async (req, reply) => reply.status(201).send(await createSituation(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/assess/weak/situations/:situationId',
    {
      schema: {
        tags,
        summary: '修改、停用认定情形（县）',
        params: situationParamsSchema,
        body: situationPatchSchema,
        response: { 200: weakSituationSchema },
      },
      config: { permission: 'assess.weak' },
    },
    (req) => updateSituation(ctxOf(req), req.params.situationId, req.body),
  );
  app.post(
    '/api/assess/weak/templates',
    {
      schema: {
        tags,
        summary: '新增整顿方案模板（县）',
        body: templateBodySchema,
        response: { 201: weakTemplateSchema },
      },
      config: { permission: 'assess.weak' },
    },
    async (req, reply) => reply.status(201).send(await createTemplate(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/assess/weak/templates/:templateId',
    {
      schema: {
        tags,
        summary: '修改、停用整顿方案模板（县）',
        params: templateParamsSchema,
        body: templatePatchSchema,
        response: { 200: weakTemplateSchema },
      },
      config: { permission: 'assess.weak' },
    },
    (req) => updateTemplate(ctxOf(req), req.params.templateId, req.body),
  );
};
