import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  coveredUnitBodySchema,
  coveredUnitSchema,
  listCoveredUnitsQuerySchema,
  updateCoveredUnitBodySchema,
} from '../../../contracts/api/org';
import { ctxOf } from '../../platform/http/context';
import { getUnit, listUnits } from './list-units';
import { createUnit, deleteUnit, updateUnit } from './save-unit';

const unitParams = z.object({ unitId: uuidSchema });
const tags = ['org'];
const read = { permission: 'org.read' } as const;
const write = { permission: 'org.write' } as const;

// 两个覆盖: non-public enterprises and social organizations.
export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/orgs/units',
    {
      schema: {
        tags,
        summary: '非公企业和社会组织列表',
        querystring: listCoveredUnitsQuerySchema,
        response: { 200: pageOf(coveredUnitSchema) },
      },
      config: read,
    },
    (req) => listUnits(ctxOf(req), req.query),
  );
  app.post(
    '/api/orgs/units',
    {
      schema: {
        tags,
        summary: '登记非公企业或社会组织',
        body: coveredUnitBodySchema,
        response: { 201: coveredUnitSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createUnit(ctxOf(req), req.body)),
  );
  app.get(
    '/api/orgs/units/:unitId',
    {
      schema: { tags, summary: '单位详情', params: unitParams, response: { 200: coveredUnitSchema } },
      config: read,
    },
    (req) => getUnit(ctxOf(req), req.params.unitId),
  );
  app.patch(
    '/api/orgs/units/:unitId',
    {
      schema: {
        tags,
        summary: '修改单位',
        params: unitParams,
        body: updateCoveredUnitBodySchema,
        response: { 200: coveredUnitSchema },
      },
      config: write,
    },
    (req) => updateUnit(ctxOf(req), req.params.unitId, req.body),
  );
  app.delete(
    '/api/orgs/units/:unitId',
    { schema: { tags, summary: '删除单位', params: unitParams, response: { 200: okSchema } }, config: write },
    (req) => deleteUnit(ctxOf(req), req.params.unitId),
  );
};
