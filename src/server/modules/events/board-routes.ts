import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../contracts/api/common';
import { eventSchema } from '../../../contracts/api/events';
import {
  boardEventsQuerySchema,
  boardQuerySchema,
  boardSchema,
  publicOverdueQuerySchema,
  publicOverdueSchema,
} from '../../../contracts/api/events-board';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { ctxOf } from '../../platform/http/context';
import { eventBoard } from './board';
import { boardEventList } from './board-events';
import { BOARD_UNIT_NAMES, exportBoard } from './board-export';
import { publicOverdue } from './public-overdue';

// 事件考核 and 公开晾晒 (docs/events.md §考核与公开晾晒): the KPI board, the events behind a figure,
// the board as a sheet, and the county's overdue list for anyone, without logging in.

const tags = ['events'];

/** The public board is open to anyone: 60 requests a minute per address is plenty for a wall screen. */
export const PUBLIC_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

export const eventsBoardRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyRateLimit, { global: false });
  app.get(
    '/api/events/board',
    {
      schema: {
        tags,
        summary: '事件考核：按部门、乡镇或村的按时办结率、办理时长、满意度、返工率、在办与超期数',
        querystring: boardQuerySchema,
        response: { 200: boardSchema },
      },
      config: { permission: 'events.board' },
    },
    (req) => eventBoard(ctxOf(req), req.query),
  );
  app.get(
    '/api/events/board/events',
    {
      schema: {
        tags,
        summary: '事件考核下钻：某单位某项指标背后的事件',
        querystring: boardEventsQuerySchema,
        response: { 200: pageOf(eventSchema) },
      },
      config: { permission: 'events.board' },
    },
    (req) => boardEventList(ctxOf(req), req.query),
  );
  app.get(
    '/api/events/board/export',
    {
      schema: {
        tags,
        summary: '导出事件考核（条件同事件考核）',
        querystring: boardQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: 'events.board' },
    },
    async (req, reply) => {
      const { stream } = await exportBoard(ctxOf(req), req.query);
      const q = req.query;
      const name = `事件考核-${BOARD_UNIT_NAMES[q.unit]}-${q.from}至${q.to}.xlsx`;
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(name)).send(stream);
    },
  );
  app.get(
    '/api/public/events/overdue',
    {
      schema: {
        tags,
        summary: '公开晾晒：县内超期未办结的事件（无需登录，不含个人信息）',
        querystring: publicOverdueQuerySchema,
        response: { 200: publicOverdueSchema },
      },
      config: { access: 'public', rateLimit: PUBLIC_RATE_LIMIT },
    },
    (req) => publicOverdue(app.services.database.db, req.query.county),
  );
};
