import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  planBodySchema,
  planListQuerySchema,
  planPageSchema,
  planParamsSchema,
  planPatchSchema,
  planSchema,
  weakPageSchema,
  weakQuerySchema,
} from '../../../../contracts/api/economy-plans';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { deletePlan, restorePlan } from './delete-plan';
import { exportWeakVillages } from './export-weak-villages';
import { getPlan, listPlans } from './list-plans';
import { createPlan, updatePlan } from './save-plan';
import { listWeakVillages } from './weak-villages';

// 一村一方案 and 消除薄弱村 (docs/economy.md §4).

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const write = { permission: 'economy.plans' } as const;

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/plans',
    {
      schema: {
        tags,
        summary: '一村一方案列表（区划、覆盖年度、搜索，分页）',
        querystring: planListQuerySchema,
        response: { 200: planPageSchema },
      },
      config: read,
    },
    (req) => listPlans(ctxOf(req), req.query),
  );
  app.post(
    '/api/economy/plans',
    {
      schema: {
        tags,
        summary: '新增村集体经济发展方案（一个村同一年度只能有一个方案，否则 409）',
        body: planBodySchema,
        response: { 201: planSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createPlan(ctxOf(req), req.body)),
  );
  app.get(
    '/api/economy/plans/:planId',
    {
      schema: { tags, summary: '一村一方案详情', params: planParamsSchema, response: { 200: planSchema } },
      config: read,
    },
    (req) => getPlan(ctxOf(req), req.params.planId),
  );
  app.patch(
    '/api/economy/plans/:planId',
    {
      schema: {
        tags,
        summary: '修改一村一方案',
        params: planParamsSchema,
        body: planPatchSchema,
        response: { 200: planSchema },
      },
      config: write,
    },
    (req) => updatePlan(ctxOf(req), req.params.planId, req.body),
  );
  app.delete(
    '/api/economy/plans/:planId',
    {
      schema: {
        tags,
        summary: '删除一村一方案（可恢复）',
        params: planParamsSchema,
        response: { 200: planSchema },
      },
      config: write,
    },
    (req) => deletePlan(ctxOf(req), req.params.planId),
  );
  app.post(
    '/api/economy/plans/:planId/restore',
    {
      schema: { tags, summary: '恢复已删除的方案', params: planParamsSchema, response: { 200: planSchema } },
      config: write,
    },
    (req) => restorePlan(ctxOf(req), req.params.planId),
  );
  app.get(
    '/api/economy/weak-villages',
    {
      schema: {
        tags,
        summary: '消除薄弱村：收入低于某一金额的村及其方案、领办项目（无方案无项目的标出）',
        querystring: weakQuerySchema,
        response: { 200: weakPageSchema },
      },
      config: read,
    },
    (req) => listWeakVillages(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/weak-villages/export',
    {
      schema: {
        tags,
        summary: '导出薄弱村清单（条件同列表）',
        querystring: weakQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filters } = req.query;
      const { stream } = await exportWeakVillages(ctxOf(req), filters);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('薄弱村清单.xlsx'))
        .send(stream);
    },
  );
};
