import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTourBodySchema,
  tourParams,
  tourSchema,
  toursQuerySchema,
  toursSchema,
  updateTourBodySchema,
} from '../../../../contracts/api/visits-contacts';
import { ctxOf } from '../../../platform/http/context';
import { listTours } from './list-tours';
import { createTour, deleteTour, restoreTour, updateTour } from './save-tour';

// 书记拉练 (docs/visits.md §5): quarterly field tours with places and notes.

const tags = ['visits'];
const manage = { permission: 'contacts.manage' } as const;
const base = '/api/contacts/tours';

export const tourRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: '书记拉练：按年度（季度）列出拉练、各季度次数、没有拉练的季度和走过的村',
        querystring: toursQuerySchema,
        response: { 200: toursSchema },
      },
      config: { permission: 'contacts.read' },
    },
    (req) => listTours(ctxOf(req), req.query),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: '记录一次书记拉练（县或乡镇组织；日期须在所填季度内）',
        body: createTourBodySchema,
        response: { 201: tourSchema },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await createTour(ctxOf(req), req.body)),
  );
  app.patch(
    `${base}/:tourId`,
    {
      schema: {
        tags,
        summary: '修改书记拉练',
        params: tourParams,
        body: updateTourBodySchema,
        response: { 200: tourSchema },
      },
      config: manage,
    },
    (req) => updateTour(ctxOf(req), req.params.tourId, req.body),
  );
  app.delete(
    `${base}/:tourId`,
    {
      schema: { tags, summary: '删除书记拉练（可撤销）', params: tourParams, response: { 200: tourSchema } },
      config: manage,
    },
    (req) => deleteTour(ctxOf(req), req.params.tourId),
  );
  app.post(
    `${base}/:tourId/restore`,
    {
      schema: { tags, summary: '撤销删除书记拉练', params: tourParams, response: { 200: tourSchema } },
      config: manage,
    },
    (req) => restoreTour(ctxOf(req), req.params.tourId),
  );
};
