import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../../contracts/api/common';
import {
  addCalendarDayBodySchema,
  calendarDayParamsSchema,
  calendarDaySchema,
  calendarQuerySchema,
  calendarSchema,
} from '../../../contracts/api/events-calendar';
import { ctxOf } from '../../platform/http/context';
import { addCalendarDay, getCalendar, removeCalendarDay } from './calendar-days';

// 工作日历: everyone who handles events reads it; the county administrator edits the county's days.

const tags = ['events'];
const edit = { permission: 'events.catalogue' as const };

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events/calendar',
    {
      schema: {
        tags,
        summary: '工作日历：某年的法定节假日、调休上班日和本县增加的日期',
        querystring: calendarQuerySchema,
        response: { 200: calendarSchema },
      },
      config: { permission: 'events.read' },
    },
    (req) => getCalendar(ctxOf(req), req.query.year),
  );
  app.post(
    '/api/events/calendar',
    {
      schema: {
        tags,
        summary: '本县工作日历增加一天（本地节日放假，或增加的工作日）',
        body: addCalendarDayBodySchema,
        response: { 201: calendarDaySchema },
      },
      config: edit,
    },
    async (req, reply) => reply.status(201).send(await addCalendarDay(ctxOf(req), req.body)),
  );
  app.delete(
    '/api/events/calendar/:calendarDayId',
    {
      schema: {
        tags,
        summary: '删除本县工作日历中的一天',
        params: calendarDayParamsSchema,
        response: { 200: okSchema },
      },
      config: edit,
    },
    (req) => removeCalendarDay(ctxOf(req), req.params.calendarDayId),
  );
};
