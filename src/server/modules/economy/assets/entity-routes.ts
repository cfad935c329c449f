import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  entityBodySchema,
  entityFiltersSchema,
  entityListQuerySchema,
  entityPageSchema,
  entityParams,
  entitySchema,
  updateEntityBodySchema,
} from '../../../../contracts/api/economy-assets';
import { XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { deleteEntity, restoreEntity } from './delete-entity';
import { entityView } from './entity-view';
import { exportEntities, listEntities } from './list-entities';
import { loadEntity } from './load';
import { createEntity, updateEntity } from './save-entity';
import { sendXlsx } from './xlsx';

// 经营主体: cooperatives, collective companies and partner enterprises with their model.

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const write = { permission: 'economy.accounts' } as const;
const one = { 200: entitySchema };

export const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/entities',
    {
      schema: {
        tags,
        summary: '经营主体列表（区划、类型、搜索）',
        querystring: entityListQuerySchema,
        response: { 200: entityPageSchema },
      },
      config: read,
    },
    (req) => listEntities(ctxOf(req), req.query),
  );
  app.post(
    '/api/economy/entities',
    {
      schema: {
        tags,
        summary: '新增经营主体（含"公司 + 基地 + 党支部 + 合作社 + 农户"模式）',
        body: entityBodySchema,
        response: { 201: entitySchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createEntity(ctxOf(req), req.body)),
  );
  app.get(
    '/api/economy/entities/export',
    {
      schema: {
        tags,
        summary: '导出经营主体（条件同列表）',
        querystring: entityFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => sendXlsx(reply, '经营主体', await exportEntities(ctxOf(req), req.query)),
  );
  app.get(
    '/api/economy/entities/:entityId',
    { schema: { tags, summary: '经营主体详情', params: entityParams, response: one }, config: read },
    async (req) => {
      const ctx = ctxOf(req);
      await loadEntity(ctx, req.params.entityId);
      return entityView(ctx, req.params.entityId);
    },
  );
  app.patch(
    '/api/economy/entities/:entityId',
    {
      schema: {
        tags,
        summary: '修改经营主体',
        params: entityParams,
        body: updateEntityBodySchema,
        response: one,
      },
      config: write,
    },
    (req) => updateEntity(ctxOf(req), req.params.entityId, req.body),
  );
  app.delete(
    '/api/economy/entities/:entityId',
    {
      schema: { tags, summary: '删除经营主体（可撤销）', params: entityParams, response: one },
      config: write,
    },
    (req) => deleteEntity(ctxOf(req), req.params.entityId),
  );
  app.post(
    '/api/economy/entities/:entityId/restore',
    { schema: { tags, summary: '撤销删除经营主体', params: entityParams, response: one }, config: write },
    (req) => restoreEntity(ctxOf(req), req.params.entityId),
  );
};
