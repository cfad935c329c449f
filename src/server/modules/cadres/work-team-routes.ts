import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addTeamMemberBodySchema,
  createWorkTeamBodySchema,
  listWorkTeamsQuerySchema,
  statsQuerySchema,
  updateTeamMemberBodySchema,
  updateWorkTeamBodySchema,
  workTeamSchema,
  workTeamStatsSchema,
} from '../../../contracts/api/cadres';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import { ctxOf } from '../../platform/http/context';
import { addTeamMember } from './add-team-member';
import { createWorkTeam } from './create-work-team';
import { workTeamExcelRoutes } from './excel';
import { getWorkTeam } from './get-work-team';
import { listWorkTeams } from './list-work-teams';
import { removeTeamMember } from './remove-team-member';
import { updateTeamMember } from './update-team-member';
import { updateWorkTeam } from './update-work-team';
import { workTeamStats } from './work-team-stats';

// 驻村工作队 and their members.
const teamParams = z.object({ teamId: uuidSchema });
const memberParams = z.object({ teamId: uuidSchema, memberId: uuidSchema });
const tags = ['cadres'];
const read = { permission: 'cadres.read' } as const;
const write = { permission: 'cadres.write' } as const;

export const workTeamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/work-teams',
    {
      schema: {
        tags,
        summary: '驻村工作队列表',
        querystring: listWorkTeamsQuerySchema,
        response: { 200: pageOf(workTeamSchema) },
      },
      config: read,
    },
    (req) => listWorkTeams(ctxOf(req), req.query),
  );
  app.get(
    '/api/work-teams/stats',
    {
      schema: {
        tags,
        summary: '驻村工作队统计（按派出层级）',
        querystring: statsQuerySchema,
        response: { 200: workTeamStatsSchema },
      },
      config: read,
    },
    (req) => workTeamStats(ctxOf(req), req.query.regionCode),
  );
  app.post(
    '/api/work-teams',
    {
      schema: {
        tags,
        summary: '新建驻村工作队',
        body: createWorkTeamBodySchema,
        response: { 201: workTeamSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createWorkTeam(ctxOf(req), req.body)),
  );
  app.get(
    '/api/work-teams/:teamId',
    {
      schema: { tags, summary: '驻村工作队详情', params: teamParams, response: { 200: workTeamSchema } },
      config: read,
    },
    (req) => getWorkTeam(ctxOf(req), req.params.teamId),
  );
  app.patch(
    '/api/work-teams/:teamId',
    {
      schema: {
        tags,
        summary: '修改驻村工作队（名称、派出单位、层级、日期）',
        params: teamParams,
        body: updateWorkTeamBodySchema,
        response: { 200: workTeamSchema },
      },
      config: write,
    },
    (req) => updateWorkTeam(ctxOf(req), req.params.teamId, req.body),
  );
  app.post(
    '/api/work-teams/:teamId/members',
    {
      schema: {
        tags,
        summary: '增加队员',
        params: teamParams,
        body: addTeamMemberBodySchema,
        response: { 201: workTeamSchema },
      },
      config: write,
    },
    async (req, reply) =>
      reply.status(201).send(await addTeamMember(ctxOf(req), req.params.teamId, req.body)),
  );
  app.patch(
    '/api/work-teams/:teamId/members/:memberId',
    {
      schema: {
        tags,
        summary: '修改队员（姓名、队内职务、手机号、派出单位）',
        params: memberParams,
        body: updateTeamMemberBodySchema,
        response: { 200: workTeamSchema },
      },
      config: write,
    },
    (req) => updateTeamMember(ctxOf(req), req.params.teamId, req.params.memberId, req.body),
  );
  app.delete(
    '/api/work-teams/:teamId/members/:memberId',
    {
      schema: { tags, summary: '队员离队', params: memberParams, response: { 200: workTeamSchema } },
      config: write,
    },
    (req) => removeTeamMember(ctxOf(req), req.params.teamId, req.params.memberId),
  );
  await app.register(workTeamExcelRoutes);
};
