import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  flagActionParams,
  flagAwardDetailSchema,
  flagAwardParams,
  flagFiltersSchema,
  flagKindBodySchema,
  flagKindParams,
  flagKindSchema,
  flagKindsQuerySchema,
  flagListQuerySchema,
  flagPageSchema,
  flagSummaryQuerySchema,
  flagSummarySchema,
  nominateFlagBodySchema,
  updateFlagKindBodySchema,
} from '../../../../contracts/api/assess-flags';
import { transitionBodySchema } from '../../../../contracts/api/workflow';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { exportAwards } from './export-awards';
import { flagSummary } from './flag-summary';
import { actOnAward, getAward } from './get-award';
import { listAwards } from './list-awards';
import { listFlagKinds } from './list-kinds';
import { nominateFlag } from './nominate-flag';
import { createFlagKind, updateFlagKind } from './save-kind';

// 争创五旗 (docs/assessments.md §3): the county's flag kinds, the nominations and awards, their
// export and counts. Who takes each step is policy.ts's; the permissions only keep others out.

const tags = ['assessments'];
const read = { permission: 'assess.read' } as const;
const flags = { permission: 'assess.flags' } as const;

export const flagKindRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/flag-kinds',
    {
      schema: {
        tags,
        summary: '本县红旗类别（县级管理员可含已停用的）',
        querystring: flagKindsQuerySchema,
        response: { 200: z.array(flagKindSchema) },
      },
      config: read,
    },
    (req) => listFlagKinds(ctxOf(req), req.query),
  );
  app.post(
    '/api/assess/flag-kinds',
    {
      schema: {
        tags,
        summary: '新增红旗类别（县级）',
        body: flagKindBodySchema,
        response: { 201: flagKindSchema },
      },
      config: flags,
    },
    async (req, reply) => reply.status(201).send(await createFlagKind(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/assess/flag-kinds/:kindId',
    {
      schema: {
        tags,
        summary: '修改、停用或启用红旗类别（县级）',
        params: flagKindParams,
        body: updateFlagKindBodySchema,
        response: { 200: flagKindSchema },
      },
      config: flags,
    },
    (req) => updateFlagKind(ctxOf(req), req.params.kindId, req.body),
  );
};

export const flagAwardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/flags',
    {
      schema: {
        tags,
        summary: '红旗提名与授旗列表（年度、类别、层级、状态、乡镇、搜索）',
        querystring: flagListQuerySchema,
        response: { 200: flagPageSchema },
      },
      config: read,
    },
    (req) => listAwards(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/flags/export',
    {
      schema: {
        tags,
        summary: '导出红旗清单（条件同列表）',
        querystring: flagFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream } = await exportAwards(ctxOf(req), req.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`红旗清单-${day}.xlsx`))
        .send(stream);
    },
  );
  app.get(
    '/api/assess/flags/summary',
    {
      schema: {
        tags,
        summary: '红旗统计：按类别的授旗数与获旗村数，按年度合计',
        querystring: flagSummaryQuerySchema,
        response: { 200: flagSummarySchema },
      },
      config: read,
    },
    (req) => flagSummary(ctxOf(req), req.query),
  );
  app.post(
    '/api/assess/flags',
    {
      schema: {
        tags,
        summary: '提名红旗（村提名屯和户，乡镇提名村，县提名乡镇；同一对象同年同类只能有一个有效提名）',
        body: nominateFlagBodySchema,
        response: { 201: flagAwardDetailSchema },
      },
      config: flags,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await nominateFlag(ctx, req.body);
      return reply.status(201).send(await getAward(ctx, row.id));
    },
  );
  app.get(
    '/api/assess/flags/:awardId',
    {
      schema: {
        tags,
        summary: '红旗提名详情（流转记录、您现在可做的操作）',
        params: flagAwardParams,
        response: { 200: flagAwardDetailSchema },
      },
      config: read,
    },
    (req) => getAward(ctxOf(req), req.params.awardId),
  );
  app.post(
    '/api/assess/flags/:awardId/actions/:action',
    {
      schema: {
        tags,
        summary: '红旗流转：审核通过（乡镇）、授旗（县）、不予通过、撤销（须写理由；状态不允许时答 409）',
        params: flagActionParams,
        body: transitionBodySchema,
        response: { 200: flagAwardDetailSchema },
      },
      config: flags,
    },
    (req) => actOnAward(ctxOf(req), req.params.awardId, req.params.action, req.body ?? {}),
  );
};
