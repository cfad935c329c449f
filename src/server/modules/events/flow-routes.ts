import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dispatchActionParamsSchema,
  eventActionBodySchema,
  eventActionParamsSchema,
  eventDetailSchema,
  eventParamsSchema,
} from '../../../contracts/api/events';
import { ctxOf } from '../../platform/http/context';
import { actOnDispatch } from './act-on-dispatch';
import { actOnEvent } from './act-on-event';
import { getEvent } from './event-detail';
import { tags } from './routes';

// 事件详情与流程: the detail (with the caller's actions) and the steps of event-workflow.ts and
// dispatch-workflow.ts. Who may take a step is the workflow's (policy.ts); the permissions here
// only keep out accounts that take no part in events at all.

const anyPart = ['events.report', 'events.handle'] as const;

export const eventFlowRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events/:eventId',
    {
      schema: {
        tags,
        summary: '事件详情（含派单、流转记录、照片和您现在可做的操作）',
        params: eventParamsSchema,
        response: { 200: eventDetailSchema },
      },
      config: { permission: anyPart },
    },
    (req) => getEvent(ctxOf(req), req.params.eventId),
  );
  app.post(
    '/api/events/:eventId/actions/:action',
    {
      schema: {
        tags,
        summary:
          '事件流转：受理、上报乡镇、退回、合并、办结、退回村级、吹哨派单、审核、评价、撤回（状态不允许时答 409）',
        params: eventActionParamsSchema,
        body: eventActionBodySchema,
        response: { 200: eventDetailSchema },
      },
      config: { permission: anyPart },
    },
    (req) => actOnEvent(ctxOf(req), req.params.eventId, req.params.action, req.body ?? {}),
  );
  app.post(
    '/api/events/dispatches/:dispatchId/actions/:action',
    {
      schema: {
        tags,
        summary: '部门报到、办理完成（须附结果照片）、退回派单（状态不允许时答 409）',
        params: dispatchActionParamsSchema,
        body: eventActionBodySchema,
        response: { 200: eventDetailSchema },
      },
      config: { permission: 'events.handle' },
    },
    (req) => actOnDispatch(ctxOf(req), req.params.dispatchId, req.params.action, req.body ?? {}),
  );
};
