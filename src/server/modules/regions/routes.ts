import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCodeSchema } from '../../../contracts/api/common';
import {
  createGroupBodySchema,
  importCountyBodySchema,
  importCountyResultSchema,
  regionLevelSchema,
  regionSchema,
  regionSearchQuerySchema,
  regionWithPathSchema,
} from '../../../contracts/api/regions';
import { toFullCode } from '../../../contracts/region-code';
import { ctxOf } from '../../platform/http/context';
import { createGroup } from './create-group';
import { getRegion } from './get-region';
import { importCountyInScope } from './import-county-in-scope';
import { listChildren } from './list-children';
import { listDescendants } from './list-descendants';
import { searchRegions } from './search-regions';

const codeParams = z.object({ code: regionCodeSchema });
const tags = ['regions'];

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/regions/search',
    {
      schema: {
        tags,
        summary: '按名称或拼音首字母搜索区划',
        querystring: regionSearchQuerySchema,
        response: { 200: z.object({ items: z.array(regionWithPathSchema) }) },
      },
      config: { permission: 'regions.read' },
    },
    (req) => searchRegions(ctxOf(req), req.query.q, req.query.limit),
  );

  app.get(
    '/api/regions/:code',
    {
      schema: {
        tags,
        summary: '区划及其上级路径',
        params: codeParams,
        response: { 200: regionWithPathSchema },
      },
      config: { permission: 'regions.read' },
    },
    (req) => getRegion(ctxOf(req), req.params.code),
  );

  app.get(
    '/api/regions/:code/children',
    {
      schema: {
        tags,
        summary: '下级区划',
        params: codeParams,
        response: { 200: z.object({ items: z.array(regionSchema) }) },
      },
      config: { permission: 'regions.read' },
    },
    (req) => listChildren(ctxOf(req), req.params.code),
  );

  app.get(
    '/api/regions/:code/descendants',
    {
      schema: {
        tags,
        summary: '某一级的全部下级区划（如一个县的全部村）',
        params: codeParams,
        querystring: z.object({ level: regionLevelSchema.default('village') }),
        response: { 200: z.object({ items: z.array(regionSchema.omit({ childCount: true })) }) },
      },
      config: { permission: 'regions.read' },
    },
    (req) => listDescendants(ctxOf(req), req.params.code, req.query.level),
  );

  app.post(
    '/api/regions/:code/groups',
    {
      schema: {
        tags,
        summary: '在村下新增村民小组（自然村、屯）',
        params: codeParams,
        body: createGroupBodySchema,
        response: { 201: regionSchema },
      },
      config: { permission: 'regions.write' },
    },
    async (req, reply) =>
      reply.status(201).send(await createGroup(ctxOf(req), req.params.code, req.body.name)),
  );

  app.post(
    '/api/regions/import',
    {
      schema: {
        tags,
        summary: '从国家统计局区划代码导入一个区县（含乡镇、村）',
        body: importCountyBodySchema,
        response: { 200: importCountyResultSchema },
      },
      config: { permission: 'regions.import' },
    },
    (req) => importCountyInScope(ctxOf(req), toFullCode(req.body.countyCode)),
  );
};
