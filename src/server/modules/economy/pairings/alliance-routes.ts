import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  addMemberBodySchema,
  allianceDetailSchema,
  allianceListQuerySchema,
  allianceMemberParams,
  alliancePageSchema,
  allianceParams,
  allianceYearQuerySchema,
  createAllianceBodySchema,
  updateAllianceBodySchema,
  updateMemberBodySchema,
} from '../../../../contracts/api/economy-pairings';
import { ctxOf } from '../../../platform/http/context';
import { addMember, getAlliance, removeMember, setMemberLead } from './alliance-members';
import { listAlliances } from './list-alliances';
import { createAlliance, deleteAlliance, restoreAlliance, updateAlliance } from './save-alliance';

// 产业联盟 (docs/economy.md §5): alliances of villages organized by the county or a township, with
// member villages and their income of a year.

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const manage = { permission: 'economy.pairings' } as const;
const detail = { 200: allianceDetailSchema };

export const allianceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/alliances',
    {
      schema: {
        tags,
        summary: '产业联盟列表（成员村数、成员村当年经营性收入合计；名称或产业搜索）',
        querystring: allianceListQuerySchema,
        response: { 200: alliancePageSchema },
      },
      config: read,
    },
    (req) => listAlliances(ctxOf(req), req.query),
  );
  app.post(
    '/api/economy/alliances',
    {
      schema: {
        tags,
        summary: '新增产业联盟（县或乡镇组织）',
        body: createAllianceBodySchema,
        response: { 201: allianceDetailSchema },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await createAlliance(ctxOf(req), req.body)),
  );
  app.get(
    '/api/economy/alliances/:allianceId',
    {
      schema: {
        tags,
        summary: '产业联盟详情：成员村与其当年经营性收入',
        params: allianceParams,
        querystring: allianceYearQuerySchema,
        response: detail,
      },
      config: read,
    },
    (req) => getAlliance(ctxOf(req), req.params.allianceId, req.query.year),
  );
  app.patch(
    '/api/economy/alliances/:allianceId',
    {
      schema: {
        tags,
        summary: '修改产业联盟',
        params: allianceParams,
        body: updateAllianceBodySchema,
        response: detail,
      },
      config: manage,
    },
    (req) => updateAlliance(ctxOf(req), req.params.allianceId, req.body),
  );
  app.delete(
    '/api/economy/alliances/:allianceId',
    {
      schema: { tags, summary: '删除产业联盟（可撤销）', params: allianceParams, response: detail },
      config: manage,
    },
    (req) => deleteAlliance(ctxOf(req), req.params.allianceId),
  );
  app.post(
    '/api/economy/alliances/:allianceId/restore',
    {
      schema: { tags, summary: '撤销删除产业联盟', params: allianceParams, response: detail },
      config: manage,
    },
    (req) => restoreAlliance(ctxOf(req), req.params.allianceId),
  );
  app.post(
    '/api/economy/alliances/:allianceId/members',
    {
      schema: {
        tags,
        summary: '添加成员村',
        params: allianceParams,
        body: addMemberBodySchema,
        response: detail,
      },
      config: manage,
    },
    (req) => addMember(ctxOf(req), req.params.allianceId, req.body),
  );
  app.patch(
    '/api/economy/alliances/:allianceId/members/:villageCode',
    {
      schema: {
        tags,
        summary: '设为或取消牵头村',
        params: allianceMemberParams,
        body: updateMemberBodySchema,
        response: detail,
      },
      config: manage,
    },
    (req) => setMemberLead(ctxOf(req), req.params.allianceId, req.params.villageCode, req.body.lead),
  );
  app.delete(
    '/api/economy/alliances/:allianceId/members/:villageCode',
    {
      schema: { tags, summary: '移除成员村', params: allianceMemberParams, response: detail },
      config: manage,
    },
    (req) => removeMember(ctxOf(req), req.params.allianceId, req.params.villageCode),
  );
};
