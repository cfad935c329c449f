import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, regionCodeSchema } from '../../../contracts/api/common';
import {
  cancelRedemptionBodySchema,
  goodsBodySchema,
  goodsSchema,
  listRedemptionsQuerySchema,
  redeemBodySchema,
  redemptionSchema,
  shopBodySchema,
  shopSchema,
  statementQuerySchema,
  statementSchema,
  stockInBodySchema,
  updateGoodsBodySchema,
  updateShopBodySchema,
} from '../../../contracts/api/points';
import { ctxOf } from '../../platform/http/context';
import { cancelRedemption } from './cancel-redemption';
import { createGoods } from './create-goods';
import { createShop } from './create-shop';
import { handOver } from './hand-over';
import { listGoods } from './list-goods';
import { listRedemptions } from './list-redemptions';
import { listShops } from './list-shops';
import { shopStatement } from './monthly-statement';
import { redeem } from './redeem';
import {
  goodsParams,
  idempotencyHeaders,
  keyOf,
  read,
  redemptionParams,
  shop,
  shopParams,
  tags,
} from './route-support';
import { stockIn } from './stock-in';
import { updateGoods } from './update-goods';
import { updateShop } from './update-shop';

// 积分超市 shops, goods and stock-in, redemptions, the monthly statement.

export const shopsRoutes: FastifyPluginAsyncZod = async (app) => {
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
    (req) => shopStatement(ctxOf(req), req.params.shopId, req.query.month),
  );
};
