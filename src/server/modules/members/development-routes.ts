import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  advanceBodySchema,
  createRecordBodySchema,
  listRecordsQuerySchema,
  recordDetailSchema,
  recordSchema,
  setTargetBodySchema,
  targetSchema,
  targetsQuerySchema,
} from '../../../contracts/api/members';
import { ctxOf } from '../../platform/http/context';
import { advanceRecord } from './advance-record';
import { createRecord } from './create-record';
import { listRecords } from './list-records';
import { getRecord } from './record-view';
import { setTarget } from './set-target';
import { listTargets } from './targets';

const recordParams = z.object({ recordId: uuidSchema });
const tags = ['development'];
const read = { permission: 'members.read' } as const;
const write = { permission: 'members.write' } as const;

// 发展党员: records, steps and annual targets.
export const developmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/development/records',
    {
      schema: {
        tags,
        summary: '发展党员记录',
        querystring: listRecordsQuerySchema,
        response: { 200: pageOf(recordSchema) },
      },
      config: read,
    },
    (req) => listRecords(ctxOf(req), req.query),
  );
  app.post(
    '/api/development/records',
    {
      schema: {
        tags,
        summary: '登记入党申请人',
        body: createRecordBodySchema,
        response: { 201: recordDetailSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createRecord(ctxOf(req), req.body)),
  );
  app.get(
    '/api/development/records/:recordId',
    {
      schema: {
        tags,
        summary: '发展党员记录详情',
        params: recordParams,
        response: { 200: recordDetailSchema },
      },
      config: read,
    },
    (req) => getRecord(ctxOf(req), req.params.recordId),
  );
  app.post(
    '/api/development/records/:recordId/advance',
    {
      schema: {
        tags,
        summary: '进入下一阶段',
        params: recordParams,
        body: advanceBodySchema,
        response: { 200: recordDetailSchema },
      },
      config: write,
    },
    (req) => advanceRecord(ctxOf(req), req.params.recordId, req.body),
  );
  app.get(
    '/api/development/targets',
    {
      schema: {
        tags,
        summary: '年度发展目标及完成情况',
        querystring: targetsQuerySchema,
        response: { 200: z.object({ items: z.array(targetSchema) }) },
      },
      config: read,
    },
    (req) => listTargets(ctxOf(req), req.query.year),
  );
  app.put(
    '/api/development/targets',
    {
      schema: {
        tags,
        summary: '设定年度发展目标',
        body: setTargetBodySchema,
        response: { 200: targetSchema },
      },
      config: write,
    },
    (req) => setTarget(ctxOf(req), req.body),
  );
};
