import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  copySetBodySchema,
  createSetBodySchema,
  figureSchema,
  indicatorBodySchema,
  indicatorOrderBodySchema,
  indicatorParams,
  indicatorSchema,
  patchIndicatorBodySchema,
  patchSetBodySchema,
  setDetailSchema,
  setListQuerySchema,
  setParams,
  setSummarySchema,
  whatIfBodySchema,
  whatIfSchema,
} from '../../../../contracts/api/assess-criteria';
import { okSchema } from '../../../../contracts/api/common';
import { ctxOf } from '../../../platform/http/context';
import { addIndicator } from './add-indicator';
import { copySet } from './copy-set';
import { createSet } from './create-set';
import { deleteIndicator } from './delete-indicator';
import { deleteSet } from './delete-set';
import { getSet } from './get-set';
import { installedFigures } from './installed-figures';
import { listSets } from './list-sets';
import { publishSet } from './publish-set';
import { reorderIndicators } from './reorder-indicators';
import { updateIndicator } from './update-indicator';
import { updateSet } from './update-set';
import { whatIf } from './what-if';

// 评定标准 (docs/assessments.md §1): staff read their county's sets; the county admin writes
// drafts, copies and publishes; a published set answers every edit with 409.

const tags = ['assessments'];
const read = { permission: 'assess.read' } as const;
const write = { permission: 'assess.criteria' } as const;

export const criteriaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/criteria',
    {
      schema: {
        tags,
        summary: '本县评定标准列表',
        querystring: setListQuerySchema,
        response: { 200: z.array(setSummarySchema) },
      },
      config: read,
    },
    (req) => listSets(ctxOf(req), req.query),
  );
  app.post(
    '/api/assess/criteria',
    {
      schema: {
        tags,
        summary: '新建空白评定标准（草稿）',
        body: createSetBodySchema,
        response: { 201: setDetailSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createSet(ctxOf(req), req.body)),
  );
  app.get(
    '/api/assess/criteria/:setId',
    {
      schema: { tags, summary: '评定标准及其指标', params: setParams, response: { 200: setDetailSchema } },
      config: read,
    },
    (req) => getSet(ctxOf(req), req.params.setId),
  );
  app.patch(
    '/api/assess/criteria/:setId',
    {
      schema: {
        tags,
        summary: '修改草稿的名称、星级分数线、规则',
        params: setParams,
        body: patchSetBodySchema,
        response: { 200: setDetailSchema },
      },
      config: write,
    },
    (req) => updateSet(ctxOf(req), req.params.setId, req.body),
  );
  app.delete(
    '/api/assess/criteria/:setId',
    { schema: { tags, summary: '删除草稿', params: setParams, response: { 200: okSchema } }, config: write },
    (req) => deleteSet(ctxOf(req), req.params.setId),
  );
  app.post(
    '/api/assess/criteria/:setId/indicators',
    {
      schema: {
        tags,
        summary: '草稿新增指标',
        params: setParams,
        body: indicatorBodySchema,
        response: { 201: indicatorSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await addIndicator(ctxOf(req), req.params.setId, req.body)),
  );
  app.patch(
    '/api/assess/criteria/:setId/indicators/:indicatorId',
    {
      schema: {
        tags,
        summary: '修改草稿的指标',
        params: indicatorParams,
        body: patchIndicatorBodySchema,
        response: { 200: indicatorSchema },
      },
      config: write,
    },
    (req) => updateIndicator(ctxOf(req), req.params.setId, req.params.indicatorId, req.body),
  );
  app.delete(
    '/api/assess/criteria/:setId/indicators/:indicatorId',
    {
      schema: { tags, summary: '删除草稿的指标', params: indicatorParams, response: { 200: okSchema } },
      config: write,
    },
    (req) => deleteIndicator(ctxOf(req), req.params.setId, req.params.indicatorId),
  );
  app.put(
    '/api/assess/criteria/:setId/indicator-order',
    {
      schema: {
        tags,
        summary: '调整草稿的指标顺序',
        params: setParams,
        body: indicatorOrderBodySchema,
        response: { 200: setDetailSchema },
      },
      config: write,
    },
    (req) => reorderIndicators(ctxOf(req), req.params.setId, req.body.ids),
  );
  app.post(
    '/api/assess/criteria/:setId/copy',
    {
      schema: {
        tags,
        summary: '复制为新版本（草稿）',
        params: setParams,
        body: copySetBodySchema,
        response: { 201: setDetailSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await copySet(ctxOf(req), req.params.setId, req.body)),
  );
  app.post(
    '/api/assess/criteria/:setId/publish',
    {
      schema: { tags, summary: '发布评定标准', params: setParams, response: { 200: setDetailSchema } },
      config: write,
    },
    (req) => publishSet(ctxOf(req), req.params.setId),
  );
  app.post(
    '/api/assess/criteria/:setId/what-if',
    {
      schema: {
        tags,
        summary: '推演：以本标准重算一次星级评定的得分，列出升降的村',
        params: setParams,
        body: whatIfBodySchema,
        response: { 200: whatIfSchema },
      },
      config: write,
    },
    (req) => whatIf(ctxOf(req), req.params.setId, req.body),
  );
  app.get(
    '/api/assess/figures',
    {
      schema: { tags, summary: '指标可自动读取的数据', response: { 200: z.array(figureSchema) } },
      config: read,
    },
    () => installedFigures(),
  );
};
