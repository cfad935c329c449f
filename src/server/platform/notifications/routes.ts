import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../contracts/api/common';
import {
  notificationPageSchema,
  notificationQuerySchema,
  notificationSchema,
  readAllSchema,
} from '../../../contracts/api/notifications';
import { ctxOf } from '../http/context';
import { listNotifications, markAllRead, markRead } from './read';

// 消息通知 for every logged-in user: the bell's list and unread count, and marking read. Only the
// caller's own notices (read.ts). Registered by the home module (工作台).

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: '我的消息（新的在前）和未读数',
        querystring: notificationQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    (req) => listNotifications(ctxOf(req), req.query),
  );
  app.post(
    '/api/notifications/:notificationId/read',
    {
      schema: {
        tags,
        summary: '标记一条消息为已读',
        params: z.object({ notificationId: uuidSchema }),
        response: { 200: notificationSchema },
      },
    },
    (req) => markRead(ctxOf(req), req.params.notificationId),
  );
  app.post(
    '/api/notifications/read-all',
    {
      schema: { tags, summary: '全部标为已读', response: { 200: readAllSchema } },
    },
    (req) => markAllRead(ctxOf(req)),
  );
};
