import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  coverageQuerySchema,
  coverageSchema,
  createOrgBodySchema,
  listOrgsQuerySchema,
  orgDetailSchema,
  orgSchema,
  orgTreeQuerySchema,
  updateOrgBodySchema,
} from '../../../contracts/api/org';
import { ctxOf } from '../../platform/http/context';
import { coverage } from './coverage';
import { createOrg } from './create-org';
import { deleteOrg, restoreOrg } from './delete-org';
import { orgExcelRoutes } from './excel';
import { getOrg } from './get-org';
import { listOrgs } from './list-orgs';
import { orgTree } from './org-tree';
import { unitRoutes } from './unit-routes';
import { updateOrg } from './update-org';

const orgParams = z.object({ orgId: uuidSchema });
const tags = ['org'];
const read = { permission: 'org.read' } as const;
const write = { permission: 'org.write' } as const;

// Routes of the party-organization registry (issue 4): tree, list, detail, two coverages.
export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: '党组织列表',
        querystring: listOrgsQuerySchema,
        response: { 200: pageOf(orgSchema) },
      },
      config: read,
    },
    (req) => listOrgs(ctxOf(req), req.query),
  );
  app.get(
    '/api/orgs/tree',
    {
      schema: {
        tags,
        summary: '党组织树（逐级加载）',
        querystring: orgTreeQuerySchema,
        response: { 200: z.object({ items: z.array(orgSchema) }) },
      },
      config: read,
    },
    (req) => orgTree(ctxOf(req), req.query.parentId),
  );
  app.get(
    '/api/orgs/coverage',
    {
      schema: {
        tags,
        summary: '两个覆盖率',
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema },
      },
      config: read,
    },
    (req) => coverage(ctxOf(req), req.query.regionCode),
  );
  app.post(
    '/api/orgs',
    {
      schema: { tags, summary: '新建党组织', body: createOrgBodySchema, response: { 201: orgSchema } },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createOrg(ctxOf(req), req.body)),
  );
  app.get(
    '/api/orgs/:orgId',
    {
      schema: { tags, summary: '党组织详情', params: orgParams, response: { 200: orgDetailSchema } },
      config: read,
    },
    (req) => getOrg(ctxOf(req), req.params.orgId),
  );
  app.patch(
    '/api/orgs/:orgId',
    {
      schema: {
        tags,
        summary: '修改党组织',
        params: orgParams,
        body: updateOrgBodySchema,
        response: { 200: orgSchema },
      },
      config: write,
    },
    (req) => updateOrg(ctxOf(req), req.params.orgId, req.body),
  );
  app.delete(
    '/api/orgs/:orgId',
    {
      schema: { tags, summary: '删除党组织（可恢复）', params: orgParams, response: { 200: orgSchema } },
      config: write,
    },
    (req) => deleteOrg(ctxOf(req), req.params.orgId),
  );
  app.post(
    '/api/orgs/:orgId/restore',
    {
      schema: { tags, summary: '恢复已删除的党组织', params: orgParams, response: { 200: orgSchema } },
      config: write,
    },
    (req) => restoreOrg(ctxOf(req), req.params.orgId),
  );
  await app.register(unitRoutes);
  await app.register(orgExcelRoutes);
};
