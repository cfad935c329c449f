import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../../../contracts/api/common';
import {
  contactLogSchema,
  contactLogsQuerySchema,
  contactParams,
  createContactLogBodySchema,
  createLeaderContactBodySchema,
  leaderContactSchema,
  leadersQuerySchema,
  leadersSchema,
  logParams,
  updateLeaderContactBodySchema,
} from '../../../../contracts/api/visits-contacts';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { createContactLog, deleteContactLog, listContactLogs } from './contact-logs';
import { exportLeaders } from './export-leaders';
import { listLeaders } from './list-leaders';
import {
  createLeaderContact,
  deleteLeaderContact,
  restoreLeaderContact,
  updateLeaderContact,
} from './save-contact';

// 十联六常 (docs/visits.md §5): the leaders' table, each leader's eleven contacts and the six
// kinds of contact logged against them.

const tags = ['visits'];
const read = { permission: 'contacts.read' } as const;
const manage = { permission: 'contacts.manage' } as const;
const base = '/api/contacts/leader-contacts';

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/contacts/leaders',
    {
      schema: {
        tags,
        summary: '十联六常：每位县领导的十一类联系对象（已有或缺少）及本年度六常次数',
        querystring: leadersQuerySchema,
        response: { 200: leadersSchema },
      },
      config: read,
    },
    (req) => listLeaders(ctxOf(req), req.query),
  );
  app.get(
    '/api/contacts/leaders/export',
    {
      schema: {
        tags,
        summary: '导出十联六常台账（Excel）',
        querystring: leadersQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream, year } = await exportLeaders(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`十联六常台账-${year}.xlsx`))
        .send(stream);
    },
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: '新增县领导的联系对象（每位领导每类一个，重复为 409）',
        body: createLeaderContactBodySchema,
        response: { 201: leaderContactSchema },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await createLeaderContact(ctxOf(req), req.body)),
  );
  app.patch(
    `${base}/:contactId`,
    {
      schema: {
        tags,
        summary: '修改联系对象（名称、所在地、职务、备注）',
        params: contactParams,
        body: updateLeaderContactBodySchema,
        response: { 200: leaderContactSchema },
      },
      config: manage,
    },
    (req) => updateLeaderContact(ctxOf(req), req.params.contactId, req.body),
  );
  app.delete(
    `${base}/:contactId`,
    {
      schema: {
        tags,
        summary: '删除联系对象（可撤销）',
        params: contactParams,
        response: { 200: leaderContactSchema },
      },
      config: manage,
    },
    (req) => deleteLeaderContact(ctxOf(req), req.params.contactId),
  );
  app.post(
    `${base}/:contactId/restore`,
    {
      schema: {
        tags,
        summary: '撤销删除联系对象',
        params: contactParams,
        response: { 200: leaderContactSchema },
      },
      config: manage,
    },
    (req) => restoreLeaderContact(ctxOf(req), req.params.contactId),
  );
  app.get(
    `${base}/:contactId/logs`,
    {
      schema: {
        tags,
        summary: '联系对象的六常记录（可按年度）',
        params: contactParams,
        querystring: contactLogsQuerySchema,
        response: { 200: z.array(contactLogSchema) },
      },
      config: read,
    },
    (req) => listContactLogs(ctxOf(req), req.params.contactId, req.query.year),
  );
  app.post(
    `${base}/:contactId/logs`,
    {
      schema: {
        tags,
        summary: '记录一次联系（六常之一，日期不晚于今天）',
        params: contactParams,
        body: createContactLogBodySchema,
        response: { 201: contactLogSchema },
      },
      config: manage,
    },
    async (req, reply) =>
      reply.status(201).send(await createContactLog(ctxOf(req), req.params.contactId, req.body)),
  );
  app.delete(
    '/api/contacts/logs/:logId',
    {
      schema: { tags, summary: '删除一条联系记录', params: logParams, response: { 200: okSchema } },
      config: manage,
    },
    (req) => deleteContactLog(ctxOf(req), req.params.logId),
  );
};
