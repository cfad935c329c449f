import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  followSchema,
  myEventSchema,
  myEventsQuerySchema,
  reportContextSchema,
  similarEventsSchema,
  similarQuerySchema,
} from '../../../contracts/api/events-report';
import { ctxOf } from '../../platform/http/context';
import { followEvent, unfollowEvent } from './follow-event';
import { myEvents } from './my-events';
import { reportContext } from './report-context';
import { similarEvents } from './similar-events';

// 上报与跟进: what the phone report page asks before filing (categories, where the report goes,
// similar open reports), 跟进 instead of a duplicate, and 我的上报.

const tags = ['events'];
const eventParams = z.object({ eventId: uuidSchema });
const report = { permission: 'events.report' } as const;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events/report-context',
    {
      schema: {
        tags,
        summary: '上报页准备：本县可用的事件类别，以及上报将归属的村、网格和户',
        response: { 200: reportContextSchema },
      },
      config: report,
    },
    (req) => reportContext(ctxOf(req)),
  );
  app.get(
    '/api/events/similar',
    {
      schema: {
        tags,
        summary: '是不是这些事？同一网格（没有则同村）同类别的未办结事件（不含上报人信息）',
        querystring: similarQuerySchema,
        response: { 200: similarEventsSchema },
      },
      config: report,
    },
    (req) => similarEvents(ctxOf(req), req.query),
  );
  app.post(
    '/api/events/:eventId/follow',
    {
      schema: {
        tags,
        summary: '跟进：这也是我的问题（代替重复上报）',
        params: eventParams,
        response: { 200: followSchema },
      },
      config: report,
    },
    (req) => followEvent(ctxOf(req), req.params.eventId),
  );
  app.delete(
    '/api/events/:eventId/follow',
    {
      schema: { tags, summary: '取消跟进', params: eventParams, response: { 200: followSchema } },
      config: report,
    },
    (req) => unfollowEvent(ctxOf(req), req.params.eventId),
  );
  app.get(
    '/api/events/mine',
    {
      schema: {
        tags,
        summary: '我的上报：我上报的和我跟进的事件及其状态',
        querystring: myEventsQuerySchema,
        response: { 200: pageOf(myEventSchema) },
      },
      config: report,
    },
    (req) => myEvents(ctxOf(req), req.query),
  );
};
