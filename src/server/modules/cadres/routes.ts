import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cadreSchema,
  cadreStatsSchema,
  createCadreBodySchema,
  listCadresQuerySchema,
  statsQuerySchema,
  updateCadreBodySchema,
} from '../../../contracts/api/cadres';
import { okSchema, pageOf, uuidSchema } from '../../../contracts/api/common';
import { ctxOf } from '../../platform/http/context';
import { cadreStats } from './cadre-stats';
import { createCadre } from './create-cadre';
import { deleteCadre } from './delete-cadre';
import { cadreExcelRoutes } from './excel';
import { getCadre } from './get-cadre';
import { listCadres } from './list-cadres';
import { updateCadre } from './update-cadre';
import { workTeamRoutes } from './work-team-routes';

// Routes of the cadres registry (issue 4): 村两委干部 and, in work-team-routes.ts, 驻村工作队.
const params = z.object({ cadreId: uuidSchema });
const tags = ['cadres'];
const read = { permission: 'cadres.read' } as const;
const write = { permission: 'cadres.write' } as const;

export const cadresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cadres',
    {
      schema: {
        tags,
        summary: '村两委干部列表',
        querystring: listCadresQuerySchema,
        response: { 200: pageOf(cadreSchema) },
      },
      config: read,
    },
    (req) => listCadres(ctxOf(req), req.query),
  );
  app.get(
    '/api/cadres/stats',
    {
      schema: {
        tags,
        summary: '干部统计：一肩挑比例、干部来源、后备干部（由记录计算）',
        querystring: statsQuerySchema,
        response: { 200: cadreStatsSchema },
      },
      config: read,
    },
    (req) => cadreStats(ctxOf(req), req.query.regionCode),
  );
  app.post(
    '/api/cadres',
    {
      schema: { tags, summary: '新增干部记录', body: createCadreBodySchema, response: { 201: cadreSchema } },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createCadre(ctxOf(req), req.body)),
  );
  app.get(
    '/api/cadres/:cadreId',
    { schema: { tags, summary: '干部详情', params, response: { 200: cadreSchema } }, config: read },
    (req) => getCadre(ctxOf(req), req.params.cadreId),
  );
  app.patch(
    '/api/cadres/:cadreId',
    {
      schema: {
        tags,
        summary: '修改干部记录',
        params,
        body: updateCadreBodySchema,
        response: { 200: cadreSchema },
      },
      config: write,
    },
    (req) => updateCadre(ctxOf(req), req.params.cadreId, req.body),
  );
  app.delete(
    '/api/cadres/:cadreId',
    { schema: { tags, summary: '删除干部记录', params, response: { 200: okSchema } }, config: write },
    (req) => deleteCadre(ctxOf(req), req.params.cadreId),
  );
  await app.register(workTeamRoutes);
  await app.register(cadreExcelRoutes);
};
