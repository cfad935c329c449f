import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  candidatesQuerySchema,
  candidatesSchema,
  carryOverBodySchema,
  carryOverResultSchema,
  identifyBodySchema,
  logBodySchema,
  measureDoneBodySchema,
  measureInputSchema,
  measureParamsSchema,
  nominateBodySchema,
  weakActionBodySchema,
  weakActionParamsSchema,
  weakDetailSchema,
  weakListQuerySchema,
  weakPageSchema,
  weakParamsSchema,
} from '../../../../contracts/api/assess-weak';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { actOnWeak } from './act-on-weak';
import { addWeakLog } from './add-log';
import { listCandidates } from './candidates';
import { carryOver } from './carry-over';
import { exportWeak } from './export-weak';
import { getWeak } from './get-weak';
import { identifyWeak, nominateWeak } from './identify';
import { listWeak } from './list-weak';
import { addMeasure, markMeasureDone } from './measures';

// 软弱涣散整顿 (docs/assessments.md §5): identification, the record's workflow, measures and logs.
// Who may take each step is policy.ts's; the permissions keep out accounts taking no part.

export const tags = ['assessments'];
const reads = ['assess.read', 'assess.weak'] as const;
const createdSchema = z.object({ id: z.string() });

export const weakRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/weak',
    {
      schema: {
        tags,
        summary: '软弱涣散整顿台账（年度、状态、乡镇、超期筛选，分页）',
        querystring: weakListQuerySchema,
        response: { 200: weakPageSchema },
      },
      config: { permission: reads },
    },
    (req) => listWeak(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/weak/export',
    {
      schema: {
        tags,
        summary: '导出整顿台账（条件同列表）',
        querystring: weakListQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: reads },
    },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filters } = req.query;
      const { stream } = await exportWeak(ctxOf(req), filters);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('软弱涣散整顿台账.xlsx'))
        .send(stream);
    },
  );
  app.get(
    '/api/assess/weak/candidates',
    {
      schema: {
        tags,
        summary: '认定候选：星级评定一星或否决、记录发现的情形、乡镇推荐',
        querystring: candidatesQuerySchema,
        response: { 200: candidatesSchema },
      },
      config: { permission: 'assess.weak' },
    },
    (req) => listCandidates(ctxOf(req), req.query.year),
  );
  app.post(
    '/api/assess/weak',
    {
      schema: {
        tags,
        summary: '县委组织部认定软弱涣散村党组织',
        body: identifyBodySchema,
        response: { 201: weakDetailSchema },
      },
      config: { permission: 'assess.weak' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await identifyWeak(ctx, req.body);
      return reply.status(201).send(await getWeak(ctx, row.id));
    },
  );
  app.post(
    '/api/assess/weak/nominations',
    {
      schema: {
        tags,
        summary: '乡镇推荐软弱涣散村党组织（勾选情形、写明情况），待县里确认',
        body: nominateBodySchema,
        response: { 201: weakDetailSchema },
      },
      config: { permission: 'assess.weak' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await nominateWeak(ctx, req.body);
      return reply.status(201).send(await getWeak(ctx, row.id));
    },
  );
  app.post(
    '/api/assess/weak/carry-over',
    {
      schema: {
        tags,
        summary: '滚动整顿：把年底未销号的整顿记录结转到下一年度',
        body: carryOverBodySchema,
        response: { 200: carryOverResultSchema },
      },
      config: { permission: 'assess.weak' },
    },
    (req) => carryOver(ctxOf(req), req.body.fromYear),
  );
  app.get(
    '/api/assess/weak/:weakId',
    {
      schema: {
        tags,
        summary: '整顿记录详情（措施、台账、流转记录和您可做的操作）',
        params: weakParamsSchema,
        response: { 200: weakDetailSchema },
      },
      config: { permission: reads },
    },
    (req) => getWeak(ctxOf(req), req.params.weakId),
  );
  app.post(
    '/api/assess/weak/:weakId/actions/:action',
    {
      schema: {
        tags,
        summary: '整顿流转：确认认定、包抓、制定方案、申请验收、验收、确认巩固、撤销（状态不允许时答 409）',
        params: weakActionParamsSchema,
        body: weakActionBodySchema,
        response: { 200: weakDetailSchema },
      },
      config: { permission: 'assess.weak' },
    },
    (req) => actOnWeak(ctxOf(req), req.params.weakId, req.params.action, req.body ?? {}),
  );
  app.post(
    '/api/assess/weak/:weakId/measures',
    {
      schema: {
        tags,
        summary: '整顿中增加一项措施',
        params: weakParamsSchema,
        body: measureInputSchema,
        response: { 201: weakDetailSchema },
      },
      config: { permission: 'assess.weak' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await addMeasure(ctx, req.params.weakId, req.body);
      return reply.status(201).send(await getWeak(ctx, req.params.weakId));
    },
  );
  app.post(
    '/api/assess/weak/:weakId/logs',
    {
      schema: {
        tags,
        summary: '记录整顿进展、联系（四个一 / 三个一）或回头看',
        params: weakParamsSchema,
        body: logBodySchema,
        response: { 201: createdSchema },
      },
      config: { permission: reads },
    },
    async (req, reply) => reply.status(201).send(await addWeakLog(ctxOf(req), req.params.weakId, req.body)),
  );
  app.post(
    '/api/assess/weak/measures/:measureId/done',
    {
      schema: {
        tags,
        summary: '标记措施完成（写明完成情况，佐证另传）',
        params: measureParamsSchema,
        body: measureDoneBodySchema,
        response: { 200: weakDetailSchema },
      },
      config: { permission: reads },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { weakId } = await markMeasureDone(ctx, req.params.measureId, req.body.note);
      return getWeak(ctx, weakId);
    },
  );
};
