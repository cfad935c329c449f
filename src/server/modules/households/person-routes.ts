import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  createPersonBodySchema,
  listPersonsQuerySchema,
  movePersonBodySchema,
  personSchema,
  updatePersonBodySchema,
} from '../../../contracts/api/households';
import { ctxOf } from '../../platform/http/context';
import { revealBodySchema, revealResultSchema } from '../../platform/pii/reveal';
import { createPerson } from './create-person';
import { deletePerson, restorePerson } from './delete-person';
import { listPersons } from './list-persons';
import { loadPerson } from './load';
import { movePerson } from './move-person';
import { toPersonView } from './person-view';
import { revealPerson } from './reveal-person';
import { updatePerson } from './update-person';

const params = z.object({ personId: uuidSchema });
const tags = ['persons'];
const read = { permission: 'households.read' } as const;
const write = { permission: 'households.write' } as const;

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '人员列表',
        querystring: listPersonsQuerySchema,
        response: { 200: pageOf(personSchema) },
      },
      config: read,
    },
    (req) => listPersons(ctxOf(req), req.query),
  );
  app.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '新增家庭成员',
        body: createPersonBodySchema,
        response: { 201: personSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createPerson(ctxOf(req), req.body)),
  );
  app.get(
    '/api/persons/:personId',
    { schema: { tags, summary: '人员详情', params, response: { 200: personSchema } }, config: read },
    async (req) => {
      const ctx = ctxOf(req);
      return toPersonView(ctx.pii, await loadPerson(ctx, req.params.personId, { deleted: true }));
    },
  );
  app.patch(
    '/api/persons/:personId',
    {
      schema: {
        tags,
        summary: '修改人员信息',
        params,
        body: updatePersonBodySchema,
        response: { 200: personSchema },
      },
      config: write,
    },
    (req) => updatePerson(ctxOf(req), req.params.personId, req.body),
  );
  app.post(
    '/api/persons/:personId/move',
    {
      schema: {
        tags,
        summary: '人员迁至他户（保留迁移记录）',
        params,
        body: movePersonBodySchema,
        response: { 200: personSchema },
      },
      config: write,
    },
    (req) => movePerson(ctxOf(req), req.params.personId, req.body),
  );
  app.delete(
    '/api/persons/:personId',
    {
      schema: { tags, summary: '删除家庭成员（可撤销）', params, response: { 200: personSchema } },
      config: write,
    },
    (req) => deletePerson(ctxOf(req), req.params.personId),
  );
  app.post(
    '/api/persons/:personId/restore',
    { schema: { tags, summary: '撤销删除家庭成员', params, response: { 200: personSchema } }, config: write },
    (req) => restorePerson(ctxOf(req), req.params.personId),
  );
  app.post(
    '/api/persons/:personId/reveal',
    {
      schema: {
        tags,
        summary: '查看完整身份证号或手机号（须填写事由，记入审计）',
        params,
        body: revealBodySchema,
        response: { 200: revealResultSchema },
      },
      config: { permission: 'pii.reveal' },
    },
    (req) => revealPerson(ctxOf(req), req.params.personId, req.body.field, req.body.purpose),
  );
};
