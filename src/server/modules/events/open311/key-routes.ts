import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createdOpen311KeySchema,
  createOpen311KeyBodySchema,
  open311KeyListSchema,
  open311KeyParamsSchema,
  open311KeySchema,
} from '../../../../contracts/api/open311';
import { ctxOf } from '../../../platform/http/context';
import { createOpen311Key, listOpen311Keys, revokeOpen311Key } from './keys';

// The county admin's Open311 API keys (page /events-open311).

const tags = ['events'];
const config = { permission: 'events.open311' as const };

export const open311KeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events/open311-keys',
    { schema: { tags, summary: 'Open311 接口密钥列表', response: { 200: open311KeyListSchema } }, config },
    async (req) => listOpen311Keys(ctxOf(req)),
  );
  app.post(
    '/api/events/open311-keys',
    {
      schema: {
        tags,
        summary: '新建 Open311 接口密钥（密钥只在此时显示一次）',
        body: createOpen311KeyBodySchema,
        response: { 201: createdOpen311KeySchema },
      },
      config,
    },
    async (req, reply) => reply.status(201).send(await createOpen311Key(ctxOf(req), req.body)),
  );
  app.post(
    '/api/events/open311-keys/:keyId/revoke',
    {
      schema: {
        tags,
        summary: '停用 Open311 接口密钥',
        params: open311KeyParamsSchema,
        response: { 200: open311KeySchema },
      },
      config,
    },
    async (req) => revokeOpen311Key(ctxOf(req), req.params.keyId),
  );
};
