import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  createHouseholdBodySchema,
  householdSchema,
  householdStatsQuerySchema,
  householdStatsSchema,
  listHouseholdsQuerySchema,
  updateHouseholdBodySchema,
} from '../../../contracts/api/households';
import { ctxOf } from '../../platform/http/context';
import { createHousehold } from './create-household';
import { deleteHousehold, restoreHousehold } from './delete-household';
import { householdExcelRoutes } from './excel-routes';
import { getHousehold } from './household-profile';
import { listHouseholds } from './list-households';
import { personRoutes } from './person-routes';
import { householdStats } from './stats';
import { updateHousehold } from './update-household';

const params = z.object({ householdId: uuidSchema });
const tags = ['households'];
const read = { permission: 'households.read' } as const;
const write = { permission: 'households.write' } as const;

// Routes of the households registry (issue 4): 农户 here, 人员 in person-routes, Excel in excel-routes.
export const householdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/households/stats',
    {
      schema: {
        tags,
        summary: '户类型统计（按乡镇）',
        querystring: householdStatsQuerySchema,
        response: { 200: householdStatsSchema },
      },
      config: read,
    },
    (req) => householdStats(ctxOf(req), req.query),
  );
  app.get(
    '/api/households',
    {
      schema: {
        tags,
        summary: '农户列表',
        querystring: listHouseholdsQuerySchema,
        response: { 200: pageOf(householdSchema) },
      },
      config: read,
    },
    (req) => listHouseholds(ctxOf(req), req.query),
  );
  app.post(
    '/api/households',
    {
      schema: {
        tags,
        summary: '新建农户（含户主）',
        body: createHouseholdBodySchema,
        response: { 201: householdSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createHousehold(ctxOf(req), req.body)),
  );
  app.get(
    '/api/households/:householdId',
    { schema: { tags, summary: '农户详情', params, response: { 200: householdSchema } }, config: read },
    (req) => getHousehold(ctxOf(req), req.params.householdId),
  );
  app.patch(
    '/api/households/:householdId',
    {
      schema: {
        tags,
        summary: '修改农户（含迁村、换户主）',
        params,
        body: updateHouseholdBodySchema,
        response: { 200: householdSchema },
      },
      config: write,
    },
    (req) => updateHousehold(ctxOf(req), req.params.householdId, req.body),
  );
  app.delete(
    '/api/households/:householdId',
    {
      schema: { tags, summary: '删除农户（可撤销）', params, response: { 200: householdSchema } },
      config: write,
    },
    (req) => deleteHousehold(ctxOf(req), req.params.householdId),
  );
  app.post(
    '/api/households/:householdId/restore',
    { schema: { tags, summary: '撤销删除农户', params, response: { 200: householdSchema } }, config: write },
    (req) => restoreHousehold(ctxOf(req), req.params.householdId),
  );
  await app.register(personRoutes);
  await app.register(householdExcelRoutes);
};
