import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../contracts/api/common';
import {
  accountSchema,
  holderQuerySchema,
  ledgerEntrySchema,
  ledgerQuerySchema,
  listAccountsQuerySchema,
  myPointsSchema,
  myShopSchema,
  reverseBodySchema,
} from '../../../contracts/api/points';
import { ctxOf } from '../../platform/http/context';
import { accountLedger } from './account-ledger';
import { accountOfHolder } from './account-of-holder';
import { getAccountView } from './get-account-view';
import { listAccounts } from './list-accounts';
import { myAccounts } from './my-accounts';
import { myShop } from './my-shop';
import { reverseEntry } from './reverse-entry';
import { accountParams, entryParams, read, tags } from './route-support';

// 账户与流水 accounts and ledgers, 我的积分, reversing entries.

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/points/accounts',
    {
      schema: {
        tags,
        summary: '积分账户（按余额或姓名）',
        querystring: listAccountsQuerySchema,
        response: { 200: pageOf(accountSchema) },
      },
      config: read,
    },
    (req) => listAccounts(ctxOf(req), req.query),
  );
  app.get(
    '/api/points/holder-account',
    {
      schema: {
        tags,
        summary: '某党员或某户的积分账户（首次查看时开户）',
        querystring: holderQuerySchema,
        response: { 200: accountSchema },
      },
      config: { permission: 'points.propose' },
    },
    (req) => accountOfHolder(ctxOf(req), req.query.system, req.query.holderId),
  );
  app.get(
    '/api/points/accounts/:accountId',
    {
      schema: { tags, summary: '积分账户', params: accountParams, response: { 200: accountSchema } },
      config: read,
    },
    (req) => getAccountView(ctxOf(req), req.params.accountId),
  );
  app.get(
    '/api/points/accounts/:accountId/ledger',
    {
      schema: {
        tags,
        summary: '积分明细',
        params: accountParams,
        querystring: ledgerQuerySchema,
        response: { 200: pageOf(ledgerEntrySchema) },
      },
      config: { permission: ['points.read', 'points.own'] },
    },
    (req) => accountLedger(ctxOf(req), req.params.accountId, req.query),
  );
  app.get(
    '/api/points/me',
    {
      schema: { tags, summary: '我的积分（本人党员积分与本户文明积分）', response: { 200: myPointsSchema } },
      config: { permission: 'points.own' },
    },
    (req) => myAccounts(ctxOf(req)),
  );
  app.get(
    '/api/points/me/shop',
    {
      schema: {
        tags,
        summary: '积分兑换（本村积分超市与本户待取货的预约）',
        response: { 200: myShopSchema },
      },
      config: { permission: 'points.own' },
    },
    (req) => myShop(ctxOf(req)),
  );
  app.post(
    '/api/points/ledger/:entryId/reverse',
    {
      schema: {
        tags,
        summary: '冲正一笔积分（追加反向记录）',
        params: entryParams,
        body: reverseBodySchema,
        response: { 201: ledgerEntrySchema },
      },
      config: { permission: 'points.correct' },
    },
    async (req, reply) =>
      reply.status(201).send(await reverseEntry(ctxOf(req), req.params.entryId, req.body.reason)),
  );
};
