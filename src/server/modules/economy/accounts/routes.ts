import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountDetailSchema,
  accountListQuerySchema,
  accountPageSchema,
  accountParams,
  createAccountBodySchema,
  deletedSchema,
  lineBodySchema,
  lineParams,
  patchAccountBodySchema,
  patchLineBodySchema,
  quarterlyQuerySchema,
  quarterlyReturnSchema,
} from '../../../../contracts/api/economy-accounts';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { createAccount } from './create-account';
import { createLine } from './create-line';
import { deleteAccount } from './delete-account';
import { deleteLine } from './delete-line';
import { getAccount } from './get-account';
import { listAccounts } from './list-accounts';
import { quarterlyWorkbook } from './quarterly-export';
import { quarterlyReturn } from './quarterly-return';
import { updateAccount } from './update-account';
import { updateLine } from './update-line';

// 年度收支 (docs/economy.md §2): accounts, their income lines and the quarterly return.

const tags = ['economy'];
const read = { permission: ['economy.accounts', 'economy.read'] } as const;
const write = { permission: 'economy.accounts' } as const;
const base = '/api/economy/accounts';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: '年度收支台账（管辖范围内各村；按档次、村名筛选）',
        querystring: accountListQuerySchema,
        response: { 200: accountPageSchema },
      },
      config: read,
    },
    (req) => listAccounts(ctxOf(req), req.query),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: '新建村年度收支台账（每村每年一本）',
        body: createAccountBodySchema,
        response: { 201: accountDetailSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createAccount(ctxOf(req), req.body)),
  );
  app.get(
    `${base}/:accountId`,
    {
      schema: {
        tags,
        summary: '年度收支台账及收入明细',
        params: accountParams,
        response: { 200: accountDetailSchema },
      },
      config: read,
    },
    (req) => getAccount(ctxOf(req), req.params.accountId),
  );
  app.patch(
    `${base}/:accountId`,
    {
      schema: {
        tags,
        summary: '修改台账备注',
        params: accountParams,
        body: patchAccountBodySchema,
        response: { 200: accountDetailSchema },
      },
      config: write,
    },
    (req) => updateAccount(ctxOf(req), req.params.accountId, req.body),
  );
  app.delete(
    `${base}/:accountId`,
    {
      schema: {
        tags,
        summary: '删除台账（须先删除全部明细）',
        params: accountParams,
        response: { 200: deletedSchema },
      },
      config: write,
    },
    (req) => deleteAccount(ctxOf(req), req.params.accountId),
  );
  app.post(
    `${base}/:accountId/lines`,
    {
      schema: {
        tags,
        summary: '录入收入明细（台账合计随之更新）',
        params: accountParams,
        body: lineBodySchema,
        response: { 201: accountDetailSchema },
      },
      config: write,
    },
    async (req, reply) =>
      reply.status(201).send(await createLine(ctxOf(req), req.params.accountId, req.body)),
  );
  app.patch(
    '/api/economy/lines/:lineId',
    {
      schema: {
        tags,
        summary: '修改收入明细',
        params: lineParams,
        body: patchLineBodySchema,
        response: { 200: accountDetailSchema },
      },
      config: write,
    },
    (req) => updateLine(ctxOf(req), req.params.lineId, req.body),
  );
  app.delete(
    '/api/economy/lines/:lineId',
    {
      schema: { tags, summary: '删除收入明细', params: lineParams, response: { 200: accountDetailSchema } },
      config: write,
    },
    (req) => deleteLine(ctxOf(req), req.params.lineId),
  );
  app.get(
    '/api/economy/quarterly-return',
    {
      schema: {
        tags,
        summary: '季度报表（乡镇各村或县各乡镇，截至该季度末的收入，由台账生成）',
        querystring: quarterlyQuerySchema,
        response: { 200: quarterlyReturnSchema },
      },
      config: read,
    },
    (req) => quarterlyReturn(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/quarterly-return.xlsx',
    {
      schema: {
        tags,
        summary: '下载季度报表（Excel）',
        querystring: quarterlyQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { buffer, fileName } = await quarterlyWorkbook(ctxOf(req), req.query);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(fileName)).send(buffer);
    },
  );
};
