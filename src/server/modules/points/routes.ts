import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, regionCodeSchema, uuidSchema } from '../../../contracts/api/common';
import {
  accountSchema,
  boardQuerySchema,
  boardSchema,
  cancelRedemptionBodySchema,
  claimSchema,
  createClaimBodySchema,
  createRuleBodySchema,
  goodsBodySchema,
  goodsSchema,
  holderQuerySchema,
  IDEMPOTENCY_HEADER,
  idempotencyKeySchema,
  ledgerEntrySchema,
  ledgerQuerySchema,
  listAccountsQuerySchema,
  listClaimsQuerySchema,
  listRedemptionsQuerySchema,
  listRulesQuerySchema,
  myPointsSchema,
  myShopSchema,
  rankingQuerySchema,
  rankingSchema,
  redeemBodySchema,
  redemptionSchema,
  returnClaimBodySchema,
  reverseBodySchema,
  ruleSchema,
  shopBodySchema,
  shopSchema,
  statementQuerySchema,
  statementSchema,
  stockInBodySchema,
  updateGoodsBodySchema,
  updateRuleBodySchema,
  updateShopBodySchema,
} from '../../../contracts/api/points';
import { invalidField } from '../../platform/errors';
import { ctxOf } from '../../platform/http/context';
import {
  accountLedger,
  accountOfHolder,
  getAccountView,
  listAccounts,
  myAccounts,
  reverseEntry,
} from './account-queries';
import { approveClaim, createClaim, getClaim, listClaims, returnClaim } from './claims';
import { evidenceRoutes } from './evidence-routes';
import { pointsExcelRoutes } from './excel';
import { myShop } from './my-shop';
import { cancelRedemption, handOver, listRedemptions, redeem } from './redemptions';
import { monthlyStatement, ranking, smileWall, vanguardWall } from './reports';
import { createRule, listRules, ruleVersions, updateRule } from './rules';
import {
  createGoods,
  createShop,
  getShop,
  listGoods,
  listShops,
  stockIn,
  updateGoods,
  updateShop,
} from './shops';

// Routes of points (issue 6): rules, accounts and ledgers, claims and approval, rankings and
// walls, the points supermarket. Every POST that moves points or stock takes an Idempotency-Key.

const tags = ['points'];
const read = { permission: 'points.read' } as const;
const shop = { permission: 'points.shop' } as const;
const ruleParams = z.object({ ruleId: uuidSchema });
const accountParams = z.object({ accountId: uuidSchema });
const claimParams = z.object({ claimId: uuidSchema });
const shopParams = z.object({ shopId: uuidSchema });
const goodsParams = z.object({ goodsId: uuidSchema });
const redemptionParams = z.object({ redemptionId: uuidSchema });
const entryParams = z.object({ entryId: uuidSchema });
const villageParams = z.object({ villageCode: regionCodeSchema });
const idempotencyHeaders = z.object({ [IDEMPOTENCY_HEADER]: idempotencyKeySchema.optional() }).passthrough();

/** The request's Idempotency-Key, checked. */
const keyOf = (req: FastifyRequest): string | undefined => {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) throw invalidField(IDEMPOTENCY_HEADER, parsed.error.issues[0].message);
  return parsed.data;
};

const thisMonth = () => new Date().toISOString().slice(0, 7);

export const pointsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(evidenceRoutes);
  // —— 规则 ——
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

  // —— 账户与流水 ——
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

  // —— 申报与审核 ——
  app.post(
    '/api/points/claims',
    {
      schema: {
        tags,
        summary: '申报积分（可带 Idempotency-Key，重复提交只记一次）',
        headers: idempotencyHeaders,
        body: createClaimBodySchema,
        response: { 201: claimSchema },
      },
      config: { permission: 'points.propose' },
    },
    async (req, reply) => reply.status(201).send(await createClaim(ctxOf(req), req.body, keyOf(req))),
  );
  app.get(
    '/api/points/claims',
    {
      schema: {
        tags,
        summary: '积分申报（待审核队列等）',
        querystring: listClaimsQuerySchema,
        response: { 200: pageOf(claimSchema) },
      },
      config: { permission: 'points.propose' },
    },
    (req) => listClaims(ctxOf(req), req.query),
  );
  app.get(
    '/api/points/claims/:claimId',
    {
      schema: { tags, summary: '积分申报详情', params: claimParams, response: { 200: claimSchema } },
      config: { permission: 'points.propose' },
    },
    (req) => getClaim(ctxOf(req), req.params.claimId),
  );
  app.post(
    '/api/points/claims/:claimId/approve',
    {
      schema: {
        tags,
        summary: '审核通过并入账（重复审核不重复入账）',
        params: claimParams,
        response: { 200: claimSchema },
      },
      config: { permission: 'points.approve' },
    },
    (req) => approveClaim(ctxOf(req), req.params.claimId),
  );
  app.post(
    '/api/points/claims/:claimId/return',
    {
      schema: {
        tags,
        summary: '退回申报（须写理由）',
        params: claimParams,
        body: returnClaimBodySchema,
        response: { 200: claimSchema },
      },
      config: { permission: 'points.approve' },
    },
    (req) => returnClaim(ctxOf(req), req.params.claimId, req.body.reason),
  );

  // —— 排名与公示 ——
  app.get(
    '/api/points/rankings',
    {
      schema: {
        tags,
        summary: '积分排名（支部、村、乡镇）',
        querystring: rankingQuerySchema,
        response: { 200: rankingSchema },
      },
      config: read,
    },
    (req) => ranking(ctxOf(req), req.query),
  );
  app.get(
    '/api/points/walls/vanguard/:villageCode',
    {
      schema: {
        tags,
        summary: '党员先锋墙',
        params: villageParams,
        querystring: boardQuerySchema,
        response: { 200: boardSchema },
      },
      config: { permission: 'points.board' },
    },
    (req) =>
      vanguardWall(ctxOf(req), req.params.villageCode, req.query.period ?? String(new Date().getFullYear())),
  );
  app.get(
    '/api/points/walls/smile/:villageCode',
    {
      schema: {
        tags,
        summary: '善治笑脸墙（姓名按村务公开方式打码）',
        params: villageParams,
        querystring: boardQuerySchema,
        response: { 200: boardSchema },
      },
      config: { permission: 'points.board' },
    },
    (req) => smileWall(ctxOf(req), req.params.villageCode, req.query.period ?? thisMonth()),
  );

  // —— 积分超市 ——
  app.get(
    '/api/points/shops',
    {
      schema: {
        tags,
        summary: '积分超市',
        querystring: z.object({ regionCode: regionCodeSchema.optional() }),
        response: { 200: z.array(shopSchema) },
      },
      config: read,
    },
    (req) => listShops(ctxOf(req), req.query),
  );
  app.post(
    '/api/points/shops',
    {
      schema: { tags, summary: '开设积分超市', body: shopBodySchema, response: { 201: shopSchema } },
      config: shop,
    },
    async (req, reply) => reply.status(201).send(await createShop(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/points/shops/:shopId',
    {
      schema: {
        tags,
        summary: '修改积分超市',
        params: shopParams,
        body: updateShopBodySchema,
        response: { 200: shopSchema },
      },
      config: shop,
    },
    (req) => updateShop(ctxOf(req), req.params.shopId, req.body),
  );
  app.get(
    '/api/points/shops/:shopId/goods',
    {
      schema: {
        tags,
        summary: '商品与库存',
        params: shopParams,
        querystring: z.object({ includeInactive: z.coerce.boolean().default(false) }),
        response: { 200: z.array(goodsSchema) },
      },
      config: { permission: ['points.read', 'points.own'] },
    },
    (req) => listGoods(ctxOf(req), req.params.shopId, req.query),
  );
  app.post(
    '/api/points/shops/:shopId/goods',
    {
      schema: {
        tags,
        summary: '上架商品',
        params: shopParams,
        body: goodsBodySchema,
        response: { 201: goodsSchema },
      },
      config: shop,
    },
    async (req, reply) => reply.status(201).send(await createGoods(ctxOf(req), req.params.shopId, req.body)),
  );
  app.patch(
    '/api/points/goods/:goodsId',
    {
      schema: {
        tags,
        summary: '修改商品（名称、单位、积分价、上下架）',
        params: goodsParams,
        body: updateGoodsBodySchema,
        response: { 200: goodsSchema },
      },
      config: shop,
    },
    (req) => updateGoods(ctxOf(req), req.params.goodsId, req.body),
  );
  app.post(
    '/api/points/goods/:goodsId/stock-in',
    {
      schema: {
        tags,
        summary: '入库（可带 Idempotency-Key）',
        headers: idempotencyHeaders,
        params: goodsParams,
        body: stockInBodySchema,
        response: { 200: goodsSchema },
      },
      config: shop,
    },
    (req) => stockIn(ctxOf(req), req.params.goodsId, req.body, keyOf(req)),
  );
  app.post(
    '/api/points/shops/:shopId/redemptions',
    {
      schema: {
        tags,
        summary: '兑换（柜台当场领取或预约取货码；带 Idempotency-Key 重试只兑换一次）',
        headers: idempotencyHeaders,
        params: shopParams,
        body: redeemBodySchema,
        response: { 201: redemptionSchema },
      },
      // The counter, or a villager reserving for their own household (picked up with the code).
      config: { permission: ['points.shop', 'points.own'] },
    },
    async (req, reply) =>
      reply.status(201).send(await redeem(ctxOf(req), req.params.shopId, req.body, keyOf(req))),
  );
  app.get(
    '/api/points/shops/:shopId/redemptions',
    {
      schema: {
        tags,
        summary: '兑换记录（可按取货码查）',
        params: shopParams,
        querystring: listRedemptionsQuerySchema,
        response: { 200: pageOf(redemptionSchema) },
      },
      config: shop,
    },
    (req) => listRedemptions(ctxOf(req), req.params.shopId, req.query),
  );
  app.post(
    '/api/points/redemptions/:redemptionId/hand-over',
    {
      schema: {
        tags,
        summary: '凭取货码领取',
        params: redemptionParams,
        response: { 200: redemptionSchema },
      },
      config: shop,
    },
    (req) => handOver(ctxOf(req), req.params.redemptionId),
  );
  app.post(
    '/api/points/redemptions/:redemptionId/cancel',
    {
      schema: {
        tags,
        summary: '撤销兑换（时限内，退回积分和库存；村民可撤销本户未取货的预约）',
        params: redemptionParams,
        body: cancelRedemptionBodySchema,
        response: { 200: redemptionSchema },
      },
      config: { permission: ['points.shop', 'points.own'] },
    },
    (req) => cancelRedemption(ctxOf(req), req.params.redemptionId, req.body.reason),
  );
  app.get(
    '/api/points/shops/:shopId/statement',
    {
      schema: {
        tags,
        summary: '月度对账单',
        params: shopParams,
        querystring: statementQuerySchema,
        response: { 200: statementSchema },
      },
      config: shop,
    },
    async (req) =>
      monthlyStatement(ctxOf(req), await getShop(ctxOf(req), req.params.shopId), req.query.month),
  );
  await app.register(pointsExcelRoutes);
};
