import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../contracts/api/common';
import {
  claimDetailSchema,
  claimSchema,
  createClaimBodySchema,
  listClaimsQuerySchema,
  returnClaimBodySchema,
} from '../../../contracts/api/points';
import { transitionBodySchema } from '../../../contracts/api/workflow';
import { ctxOf } from '../../platform/http/context';
import { actOnClaim } from './act-on-claim';
import { approveClaim } from './approve-claim';
import { createClaim } from './create-claim';
import { getClaim } from './get-claim';
import { listClaims } from './list-claims';
import { returnClaim } from './return-claim';
import { claimParams, idempotencyHeaders, keyOf, tags } from './route-support';

// 申报与审核 claims: propose (idempotent), list (review queue, 我的申报), and the steps of
// claim-workflow.ts: approve, return, submit, resubmit, withdraw.

export const claimsRoutes: FastifyPluginAsyncZod = async (app) => {
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
      schema: {
        tags,
        summary: '积分申报详情（含流转记录）',
        params: claimParams,
        response: { 200: claimDetailSchema },
      },
      config: { permission: 'points.propose' },
    },
    (req) => getClaim(ctxOf(req), req.params.claimId),
  );
  app.post(
    '/api/points/claims/:claimId/approve',
    {
      schema: {
        tags,
        summary: '审核通过并入账（已通过的再审核答 409，不重复入账）',
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
  // The proposer's steps: send an unsent claim, resend a returned one, withdraw.
  for (const [action, summary] of [
    ['submit', '提交申报（规则要求照片时须先上传照片）'],
    ['resubmit', '补充后重新提交被退回的申报'],
    ['withdraw', '撤回申报（通过前）'],
  ] as const)
    app.post(
      `/api/points/claims/:claimId/${action}`,
      {
        schema: {
          tags,
          summary,
          params: claimParams,
          body: transitionBodySchema,
          response: { 200: claimSchema },
        },
        config: { permission: 'points.propose' },
      },
      (req) => actOnClaim(ctxOf(req), req.params.claimId, action, req.body),
    );
};
