import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, uuidSchema } from '../../../contracts/api/common';
import {
  addContactBodySchema,
  createMemberBodySchema,
  listMembersQuerySchema,
  memberDetailSchema,
  memberSchema,
  transferMemberBodySchema,
  updateMemberBodySchema,
} from '../../../contracts/api/members';
import { ctxOf } from '../../platform/http/context';
import { addContact } from './add-contact';
import { createMember } from './create-member';
import { developmentExcelRoutes } from './development-excel';
import { developmentRoutes } from './development-routes';
import { memberExcelRoutes } from './excel';
import { getMemberDetail } from './get-member';
import { listMembers } from './list-members';
import { removeContact } from './remove-contact';
import { transferMember } from './transfer-member';
import { updateMember } from './update-member';

const memberParams = z.object({ memberId: uuidSchema });
const contactParams = memberParams.extend({ contactId: uuidSchema });
const tags = ['members'];
const read = { permission: 'members.read' } as const;
const write = { permission: 'members.write' } as const;

// Routes of the party-member registry (issue 4); the development pipeline is in development-routes.ts.
export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/members',
    {
      schema: {
        tags,
        summary: '党员列表',
        querystring: listMembersQuerySchema,
        response: { 200: pageOf(memberSchema) },
      },
      config: read,
    },
    (req) => listMembers(ctxOf(req), req.query),
  );
  app.post(
    '/api/members',
    {
      schema: { tags, summary: '登记党员', body: createMemberBodySchema, response: { 201: memberSchema } },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createMember(ctxOf(req), req.body)),
  );
  app.get(
    '/api/members/:memberId',
    {
      schema: {
        tags,
        summary: '党员详情（转接记录、联系农户）',
        params: memberParams,
        response: { 200: memberDetailSchema },
      },
      config: read,
    },
    (req) => getMemberDetail(ctxOf(req), req.params.memberId),
  );
  app.patch(
    '/api/members/:memberId',
    {
      schema: {
        tags,
        summary: '修改党员信息',
        params: memberParams,
        body: updateMemberBodySchema,
        response: { 200: memberSchema },
      },
      config: write,
    },
    (req) => updateMember(ctxOf(req), req.params.memberId, req.body),
  );
  app.post(
    '/api/members/:memberId/transfer',
    {
      schema: {
        tags,
        summary: '组织关系转接',
        params: memberParams,
        body: transferMemberBodySchema,
        response: { 200: memberSchema },
      },
      config: write,
    },
    (req) => transferMember(ctxOf(req), req.params.memberId, req.body),
  );
  app.post(
    '/api/members/:memberId/contacts',
    {
      schema: {
        tags,
        summary: '添加联系农户',
        params: memberParams,
        body: addContactBodySchema,
        response: { 200: memberDetailSchema },
      },
      config: write,
    },
    (req) => addContact(ctxOf(req), req.params.memberId, req.body),
  );
  app.delete(
    '/api/members/:memberId/contacts/:contactId',
    {
      schema: { tags, summary: '取消联系农户', params: contactParams, response: { 200: memberDetailSchema } },
      config: write,
    },
    (req) => removeContact(ctxOf(req), req.params.memberId, req.params.contactId),
  );
  await app.register(developmentRoutes);
  await app.register(memberExcelRoutes);
  await app.register(developmentExcelRoutes);
};
