import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userSchema,
} from '../../../contracts/api/users';
import { ctxOf } from '../../platform/http/context';
import { revealBodySchema, revealResultSchema } from '../../platform/pii/reveal';
import { createUser } from './create-user';
import { getUser } from './get-user';
import { listUsers } from './list-users';
import { revealUserPhone } from './reveal-user-phone';
import { updateUser } from './update-user';

const userParams = z.object({ userId: uuidSchema });
const tags = ['users'];
const config = { permission: 'users.manage' } as const;

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: '账号列表',
        querystring: listUsersQuerySchema,
        response: { 200: pageOf(userSchema) },
      },
      config,
    },
    (req) => listUsers(ctxOf(req), req.query),
  );
  app.post(
    '/api/users',
    {
      schema: { tags, summary: '新建账号', body: createUserBodySchema, response: { 201: userSchema } },
      config,
    },
    async (req, reply) => reply.status(201).send(await createUser(ctxOf(req), req.body)),
  );
  app.get(
    '/api/users/:userId',
    { schema: { tags, summary: '账号详情', params: userParams, response: { 200: userSchema } }, config },
    (req) => getUser(ctxOf(req), req.params.userId),
  );
  app.patch(
    '/api/users/:userId',
    {
      schema: {
        tags,
        summary: '修改账号',
        params: userParams,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
      config,
    },
    (req) => updateUser(ctxOf(req), req.params.userId, req.body),
  );
  app.post(
    '/api/users/:userId/reveal',
    {
      schema: {
        tags,
        summary: '查看完整手机号（须填写事由，记入审计）',
        params: userParams,
        body: revealBodySchema,
        response: { 200: revealResultSchema },
      },
      config,
    },
    (req) => revealUserPhone(ctxOf(req), req.params.userId, req.body.field, req.body.purpose),
  );
};
