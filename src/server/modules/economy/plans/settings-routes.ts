import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../../../contracts/api/common';
import {
  progressQuerySchema,
  progressSchema,
  settingsBodySchema,
  settingsQuerySchema,
  settingsSchema,
  targetBodySchema,
  targetParamsSchema,
  targetPatchSchema,
  targetSchema,
  targetsSchema,
} from '../../../../contracts/api/economy-plans';
import { ctxOf } from '../../../platform/http/context';
import { deleteTarget } from './delete-target';
import { getSettings } from './get-settings';
import { listTargets } from './list-targets';
import { putSettings } from './put-settings';
import { createTarget, updateTarget } from './save-target';
import { getTargetProgress } from './target-progress';

// 档次与目标 (docs/economy.md §4): the county's bands and basis, its targets and their progress.

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const settings = { permission: 'economy.settings' } as const;

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/settings',
    {
      schema: {
        tags,
        summary: '集体经济收入档次与计算口径（县级设置，未设置时为默认档次）',
        querystring: settingsQuerySchema,
        response: { 200: settingsSchema },
      },
      config: read,
    },
    (req) => getSettings(ctxOf(req), req.query.regionCode),
  );
  app.put(
    '/api/economy/settings',
    {
      schema: {
        tags,
        summary: '县委组织部设置收入档次（起点从 0 元递增、代码不重复）和计算口径',
        body: settingsBodySchema,
        response: { 200: settingsSchema },
      },
      config: settings,
    },
    (req) => putSettings(ctxOf(req), req.body),
  );
  app.get(
    '/api/economy/targets',
    {
      schema: { tags, summary: '集体经济发展目标', response: { 200: targetsSchema } },
      config: read,
    },
    (req) => listTargets(ctxOf(req)),
  );
  app.post(
    '/api/economy/targets',
    {
      schema: {
        tags,
        summary: '新增发展目标（每村达到、一定比例的村达到）',
        body: targetBodySchema,
        response: { 201: targetSchema },
      },
      config: settings,
    },
    async (req, reply) => reply.status(201).send(await createTarget(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/economy/targets/:targetId',
    {
      schema: {
        tags,
        summary: '修改发展目标',
        params: targetParamsSchema,
        body: targetPatchSchema,
        response: { 200: targetSchema },
      },
      config: settings,
    },
    (req) => updateTarget(ctxOf(req), req.params.targetId, req.body),
  );
  app.delete(
    '/api/economy/targets/:targetId',
    {
      schema: { tags, summary: '删除发展目标', params: targetParamsSchema, response: { 200: okSchema } },
      config: settings,
    },
    (req) => deleteTarget(ctxOf(req), req.params.targetId),
  );
  app.get(
    '/api/economy/targets/:targetId/progress',
    {
      schema: {
        tags,
        summary: '目标完成进度（区划下所有村，未报账的村按 0 计，列出未达标的村）',
        params: targetParamsSchema,
        querystring: progressQuerySchema,
        response: { 200: progressSchema },
      },
      config: read,
    },
    (req) => getTargetProgress(ctxOf(req), req.params.targetId, req.query),
  );
};
