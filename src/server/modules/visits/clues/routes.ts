import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  clueSignalSchema,
  monitoringRequestBodySchema,
  myRequestsSchema,
  screeningBodySchema,
} from '../../../../contracts/api/visits-clues';
import { ctxOf } from '../../../platform/http/context';
import { createOwnRequest, myRequests } from './requests';
import { createScreening } from './screening';

// 农户自主申报 and 基层排查 (docs/visits.md §3): each opens a signal of the at-risk list.

const tags = ['monitoring'];

export const clueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/monitoring/requests',
    {
      schema: {
        tags,
        summary: '农户自主申报防返贫风险（本人所在户）',
        body: monitoringRequestBodySchema,
        response: { 201: clueSignalSchema },
      },
      config: { permission: 'monitoring.request' },
    },
    async (req, reply) => reply.status(201).send(await createOwnRequest(ctxOf(req), req.body)),
  );
  app.get(
    '/api/monitoring/my-requests',
    {
      schema: { tags, summary: '我家的防返贫申报及办理情况', response: { 200: myRequestsSchema } },
      config: { permission: 'monitoring.request' },
    },
    (req) => myRequests(ctxOf(req)),
  );
  app.post(
    '/api/monitoring/signals',
    {
      schema: {
        tags,
        summary: '上报返贫风险（基层排查，管辖范围内的户）',
        body: screeningBodySchema,
        response: { 201: clueSignalSchema },
      },
      config: { permission: 'monitoring.clues' },
    },
    async (req, reply) => reply.status(201).send(await createScreening(ctxOf(req), req.body)),
  );
};
