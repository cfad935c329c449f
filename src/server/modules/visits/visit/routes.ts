import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema } from '../../../../contracts/api/points';
import {
  createVisitBodySchema,
  listVisitsQuerySchema,
  visitExportQuerySchema,
  visitPageSchema,
  visitParamsSchema,
  visitPrefillQuerySchema,
  visitPrefillSchema,
  visitSchema,
} from '../../../../contracts/api/visits';
import { invalidField } from '../../../platform/errors';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { createVisit } from './create-visit';
import { exportVisits } from './export-visits';
import { listVisits } from './list-visits';
import { visitPrefill } from './prefill';
import { visitDetail } from './visit-view';

// 十问十清 入户走访 (docs/visits.md §1): the form's starting values, recording a visit (idempotent
// with the phone's key), the list, its export and one visit.

const tags = ['visits'];
const read = { permission: ['visits.read', 'visits.record'] } as const;
const write = { permission: 'visits.record' } as const;
const idempotencyHeaders = z.object({ [IDEMPOTENCY_HEADER]: idempotencyKeySchema.optional() }).passthrough();
const day = () => new Date().toISOString().slice(0, 10);

const keyOf = (raw: string | string[] | undefined): string | undefined => {
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) throw invalidField(IDEMPOTENCY_HEADER, parsed.error.issues[0].message);
  return parsed.data;
};

export const visitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/visits/prefill',
    {
      schema: {
        tags,
        summary: '走访表的初始值：农户、成员（身份证号已脱敏）、在监测的案件、上次走访',
        querystring: visitPrefillQuerySchema,
        response: { 200: visitPrefillSchema },
      },
      config: write,
    },
    (req) => visitPrefill(ctxOf(req), req.query.householdId),
  );
  app.post(
    '/api/visits',
    {
      schema: {
        tags,
        summary:
          '记录一次入户走访（十问十清）：更正写入农户与人员档案，问题当场解决或转为网格事件（可带 Idempotency-Key，重发只记一次）',
        headers: idempotencyHeaders,
        body: createVisitBodySchema,
        response: { 201: visitSchema },
      },
      config: write,
    },
    async (req, reply) =>
      reply.status(201).send(await createVisit(ctxOf(req), req.body, keyOf(req.headers[IDEMPOTENCY_HEADER]))),
  );
  app.get(
    '/api/visits',
    {
      schema: {
        tags,
        summary: '入户走访记录（按区划、农户、日期、户编号或户主姓名、有无问题筛选）',
        querystring: listVisitsQuerySchema,
        response: { 200: visitPageSchema },
      },
      config: read,
    },
    (req) => listVisits(ctxOf(req), req.query),
  );
  app.get(
    '/api/visits/export',
    {
      schema: {
        tags,
        summary: '导出入户走访记录（按当前筛选条件）',
        querystring: visitExportQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream } = await exportVisits(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`入户走访记录-${day()}.xlsx`))
        .send(stream);
    },
  );
  app.get(
    '/api/visits/:visitId',
    {
      schema: {
        tags,
        summary: '一次走访：各项回答、更正前后、发现的问题及转办的事件',
        params: visitParamsSchema,
        response: { 200: visitSchema },
      },
      config: read,
    },
    (req) => visitDetail(ctxOf(req), req.params.visitId),
  );
};
