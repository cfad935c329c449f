import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, uuidSchema } from '../../../contracts/api/common';
import {
  addGridWorkerBodySchema,
  assignHouseholdsBodySchema,
  createGridBodySchema,
  gridCardSchema,
  gridSchema,
  gridWorkerSchema,
  listGridsQuerySchema,
  updateGridBodySchema,
} from '../../../contracts/api/grids';
import { ctxOf } from '../../platform/http/context';
import { addGridWorker } from './add-grid-worker';
import { assignHouseholds } from './assign-households';
import { createGrid } from './create-grid';
import { deleteGrid } from './delete-grid';
import { gridAssignmentExcelRoutes, gridExcelRoutes } from './excel';
import { gridCard } from './grid-card';
import { listGrids } from './list-grids';
import { myGrids } from './my-grids';
import { removeGridWorker } from './remove-grid-worker';
import { updateGrid } from './update-grid';
import { updateGridWorker, updateGridWorkerBodySchema } from './update-grid-worker';

// Routes of the grids registry (issue 4): 大网格 → 中网格（寨管委）→ 小网格（十联户）.
const params = z.object({ gridId: uuidSchema });
const workerParams = z.object({ gridId: uuidSchema, workerId: uuidSchema });
const tags = ['grids'];
const read = { permission: 'grids.read' } as const;
const write = { permission: 'grids.write' } as const;

export const gridsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/grids',
    {
      schema: {
        tags,
        summary: '网格树的一层：上级网格的下级，或范围内的大网格',
        querystring: listGridsQuerySchema,
        response: { 200: z.object({ items: z.array(gridSchema) }) },
      },
      config: read,
    },
    (req) => listGrids(ctxOf(req), req.query),
  );
  app.get(
    '/api/grids/mine',
    {
      schema: {
        tags,
        summary: '我的网格：本人作为网格员负责的网格',
        response: { 200: z.object({ items: z.array(gridSchema) }) },
      },
      config: read,
    },
    (req) => myGrids(ctxOf(req)),
  );
  app.post(
    '/api/grids',
    {
      schema: {
        tags,
        summary: '新建网格（自动赋码）',
        body: createGridBodySchema,
        response: { 201: gridSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createGrid(ctxOf(req), req.body)),
  );
  app.get(
    '/api/grids/:gridId/card',
    {
      schema: { tags, summary: '网格卡片：农户、网格员、党组织', params, response: { 200: gridCardSchema } },
      config: read,
    },
    (req) => gridCard(ctxOf(req), req.params.gridId),
  );
  app.patch(
    '/api/grids/:gridId',
    {
      schema: {
        tags,
        summary: '修改网格',
        params,
        body: updateGridBodySchema,
        response: { 200: gridSchema },
      },
      config: write,
    },
    (req) => updateGrid(ctxOf(req), req.params.gridId, req.body),
  );
  app.delete(
    '/api/grids/:gridId',
    {
      schema: { tags, summary: '删除网格（须无下级网格和农户）', params, response: { 200: okSchema } },
      config: write,
    },
    (req) => deleteGrid(ctxOf(req), req.params.gridId),
  );
  app.post(
    '/api/grids/:gridId/households',
    {
      schema: {
        tags,
        summary: '把农户分配到小网格（原网格自动移出）',
        params,
        body: assignHouseholdsBodySchema,
        response: { 200: gridCardSchema },
      },
      config: write,
    },
    (req) => assignHouseholds(ctxOf(req), req.params.gridId, req.body.householdIds),
  );
  app.post(
    '/api/grids/:gridId/workers',
    {
      schema: {
        tags,
        summary: '增加网格员',
        params,
        body: addGridWorkerBodySchema,
        response: { 201: gridWorkerSchema },
      },
      config: write,
    },
    async (req, reply) =>
      reply.status(201).send(await addGridWorker(ctxOf(req), req.params.gridId, req.body)),
  );
  app.patch(
    '/api/grids/:gridId/workers/:workerId',
    {
      schema: {
        tags,
        summary: '修改网格员（姓名、手机号、登录账号）',
        params: workerParams,
        body: updateGridWorkerBodySchema,
        response: { 200: gridWorkerSchema },
      },
      config: write,
    },
    (req) => updateGridWorker(ctxOf(req), req.params.gridId, req.params.workerId, req.body),
  );
  app.delete(
    '/api/grids/:gridId/workers/:workerId',
    {
      schema: { tags, summary: '移除网格员', params: workerParams, response: { 200: okSchema } },
      config: write,
    },
    (req) => removeGridWorker(ctxOf(req), req.params.gridId, req.params.workerId),
  );
  await app.register(gridExcelRoutes);
  await app.register(gridAssignmentExcelRoutes);
};
