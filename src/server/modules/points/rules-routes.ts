import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createRuleBodySchema,
  listRulesQuerySchema,
  ruleSchema,
  updateRuleBodySchema,
} from '../../../contracts/api/points';
import { ctxOf } from '../../platform/http/context';
import { createRule } from './create-rule';
import { listRules } from './list-rules';
import { ruleParams, tags } from './route-support';
import { ruleVersions } from './rule-versions';
import { updateRule } from './update-rule';

// 规则 rules: the catalogue by place, additions at one's own level, versions.

export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/points/rules',
    {
      schema: {
        tags,
        summary: '积分规则（县级目录、乡镇补充、村规民约）',
        querystring: listRulesQuerySchema,
        response: { 200: z.array(ruleSchema) },
      },
      config: { permission: 'points.propose' },
    },
    (req) => listRules(ctxOf(req), req.query),
  );
  app.post(
    '/api/points/rules',
    {
      schema: {
        tags,
        summary: '新增本级积分规则',
        body: createRuleBodySchema,
        response: { 201: ruleSchema },
      },
      config: { permission: 'points.rules' },
    },
    async (req, reply) => reply.status(201).send(await createRule(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/points/rules/:ruleId',
    {
      schema: {
        tags,
        summary: '修改规则（生成新版本，已记积分不变）',
        params: ruleParams,
        body: updateRuleBodySchema,
        response: { 200: ruleSchema },
      },
      config: { permission: 'points.rules' },
    },
    (req) => updateRule(ctxOf(req), req.params.ruleId, req.body),
  );
  app.get(
    '/api/points/rules/:ruleId/versions',
    {
      schema: { tags, summary: '规则的历次版本', params: ruleParams, response: { 200: z.array(ruleSchema) } },
      config: { permission: 'points.propose' },
    },
    (req) => ruleVersions(ctxOf(req), req.params.ruleId),
  );
};
