import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dutyPageSchema,
  dutyQuerySchema,
  eventFiltersSchema,
  eventListQuerySchema,
  eventPageSchema,
} from '../../../contracts/api/events-queue';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { ctxOf } from '../../platform/http/context';
import { exportEvents } from './export-events';
import { listDispatches } from './list-dispatches';
import { listEvents } from './list-events';

// 事件办理 and 部门报到: the lists and queues of events in the caller's scope, their export, and a
// department's dispatches (docs/events.md, 办理与派单).

const tags = ['events'];

export const eventQueueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events',
    {
      schema: {
        tags,
        summary: '事件列表与待办（view=todo 待办、overdue 已超期、due-soon 24 小时内到期、all 全部）',
        querystring: eventListQuerySchema,
        response: { 200: eventPageSchema },
      },
      config: { permission: 'events.read' },
    },
    async (req) => listEvents(ctxOf(req), req.query),
  );
  app.get(
    '/api/events/export',
    {
      schema: {
        tags,
        summary: '导出事件清单（条件同事件列表）',
        querystring: eventFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: 'events.read' },
    },
    async (req, reply) => {
      const { stream } = await exportEvents(ctxOf(req), req.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`事件清单-${day}.xlsx`))
        .send(stream);
    },
  );
  app.get(
    '/api/events/dispatches',
    {
      schema: {
        tags,
        summary: '部门报到：本部门的派单（todo 待报到和待办理，done 已办理、已退回）',
        querystring: dutyQuerySchema,
        response: { 200: dutyPageSchema },
      },
      config: { permission: 'events.handle' },
    },
    async (req) => listDispatches(ctxOf(req), req.query),
  );
};
