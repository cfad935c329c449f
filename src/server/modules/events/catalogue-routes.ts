import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  catalogueQuerySchema,
  categoryBodySchema,
  categoryParams,
  categorySchema,
  serviceItemBodySchema,
  serviceItemParams,
  serviceItemSchema,
  updateCategoryBodySchema,
  updateServiceItemBodySchema,
} from '../../../contracts/api/events-catalogue';
import { ctxOf } from '../../platform/http/context';
import { createCategory } from './create-category';
import { createServiceItem } from './create-service-item';
import { listCategories } from './list-categories';
import { listServiceItems } from './list-service-items';
import { updateCategory } from './update-category';
import { updateServiceItem } from './update-service-item';

// The county's catalogues (issue 12 items 2 and 6): 事件类别 and 服务清单. Everyone who reports
// or reads events lists the active ones; the county admin edits them (never deletes: 停用).

const tags = ['events'];
const catalogue = { permission: 'events.catalogue' } as const;

export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events/categories',
    {
      schema: {
        tags,
        summary: '本县事件类别（县级管理员可含已停用的）',
        querystring: catalogueQuerySchema,
        response: { 200: z.array(categorySchema) },
      },
      config: { permission: ['events.report', 'events.read'] },
    },
    (req) => listCategories(ctxOf(req), req.query),
  );
  app.post(
    '/api/events/categories',
    {
      schema: { tags, summary: '新增事件类别', body: categoryBodySchema, response: { 201: categorySchema } },
      config: catalogue,
    },
    async (req, reply) => reply.status(201).send(await createCategory(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/events/categories/:categoryId',
    {
      schema: {
        tags,
        summary: '修改、停用或启用事件类别（新时限只用于此后开始的办理环节）',
        params: categoryParams,
        body: updateCategoryBodySchema,
        response: { 200: categorySchema },
      },
      config: catalogue,
    },
    (req) => updateCategory(ctxOf(req), req.params.categoryId, req.body),
  );
  app.get(
    '/api/events/services',
    {
      schema: {
        tags,
        summary: '本县便民服务清单（县级管理员可含已停用的）',
        querystring: catalogueQuerySchema,
        response: { 200: z.array(serviceItemSchema) },
      },
      config: { permission: ['events.services', 'events.read'] },
    },
    (req) => listServiceItems(ctxOf(req), req.query),
  );
  app.post(
    '/api/events/services',
    {
      schema: {
        tags,
        summary: '新增服务事项',
        body: serviceItemBodySchema,
        response: { 201: serviceItemSchema },
      },
      config: catalogue,
    },
    async (req, reply) => reply.status(201).send(await createServiceItem(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/events/services/:itemId',
    {
      schema: {
        tags,
        summary: '修改、停用或启用服务事项',
        params: serviceItemParams,
        body: updateServiceItemBodySchema,
        response: { 200: serviceItemSchema },
      },
      config: catalogue,
    },
    (req) => updateServiceItem(ctxOf(req), req.params.itemId, req.body),
  );
};
