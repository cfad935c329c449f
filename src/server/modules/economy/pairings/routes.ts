import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../../../contracts/api/common';
import {
  activityParams,
  activitySchema,
  createActivityBodySchema,
  createPairingBodySchema,
  endPairingBodySchema,
  pairingDetailSchema,
  pairingListQuerySchema,
  pairingPageSchema,
  pairingParams,
  pairingSchema,
  updatePairingBodySchema,
} from '../../../../contracts/api/economy-pairings';
import { ctxOf } from '../../../platform/http/context';
import { createActivity, deleteActivity, listActivities } from './activities';
import { createPairing } from './create-pairing';
import { deletePairing, restorePairing } from './delete-pairing';
import { getPairing } from './get-pairing';
import { listPairings } from './list-pairings';
import { endPairing, updatePairing } from './update-pairing';

// 强村带弱村 (docs/economy.md §5): pairings seen from either village's side, changed by the weak
// village's; their activities with photos (attachments kind economy_activity).

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const manage = { permission: 'economy.pairings' } as const;

export const pairingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/pairings',
    {
      schema: {
        tags,
        summary: '强村带弱村结对列表（任一村在管辖范围内；状态、区划、村名搜索），含帮扶前后经营性收入',
        querystring: pairingListQuerySchema,
        response: { 200: pairingPageSchema },
      },
      config: read,
    },
    (req) => listPairings(ctxOf(req), req.query),
  );
  app.post(
    '/api/economy/pairings',
    {
      schema: {
        tags,
        summary: '新增结对（受帮扶村须在管辖范围内，两村同县；同两村只能有一个进行中的结对）',
        body: createPairingBodySchema,
        response: { 201: pairingSchema },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await createPairing(ctxOf(req), req.body)),
  );
  app.get(
    '/api/economy/pairings/:pairingId',
    {
      schema: {
        tags,
        summary: '结对详情：帮带活动与照片、帮扶前后收入',
        params: pairingParams,
        response: { 200: pairingDetailSchema },
      },
      config: read,
    },
    (req) => getPairing(ctxOf(req), req.params.pairingId),
  );
  app.patch(
    '/api/economy/pairings/:pairingId',
    {
      schema: {
        tags,
        summary: '修改结对的年度与协议',
        params: pairingParams,
        body: updatePairingBodySchema,
        response: { 200: pairingSchema },
      },
      config: manage,
    },
    (req) => updatePairing(ctxOf(req), req.params.pairingId, req.body),
  );
  app.post(
    '/api/economy/pairings/:pairingId/end',
    {
      schema: {
        tags,
        summary: '结束结对（填写结束年度）',
        params: pairingParams,
        body: endPairingBodySchema,
        response: { 200: pairingSchema },
      },
      config: manage,
    },
    (req) => endPairing(ctxOf(req), req.params.pairingId, req.body),
  );
  app.delete(
    '/api/economy/pairings/:pairingId',
    {
      schema: {
        tags,
        summary: '删除结对（可撤销）',
        params: pairingParams,
        response: { 200: pairingSchema },
      },
      config: manage,
    },
    (req) => deletePairing(ctxOf(req), req.params.pairingId),
  );
  app.post(
    '/api/economy/pairings/:pairingId/restore',
    {
      schema: { tags, summary: '撤销删除结对', params: pairingParams, response: { 200: pairingSchema } },
      config: manage,
    },
    (req) => restorePairing(ctxOf(req), req.params.pairingId),
  );
  app.get(
    '/api/economy/pairings/:pairingId/activities',
    {
      schema: {
        tags,
        summary: '结对的帮带活动（含照片）',
        params: pairingParams,
        response: { 200: z.array(activitySchema) },
      },
      config: read,
    },
    (req) => listActivities(ctxOf(req), req.params.pairingId),
  );
  app.post(
    '/api/economy/pairings/:pairingId/activities',
    {
      schema: {
        tags,
        summary: '记录帮带活动（照片另行上传到附件 economy_activity）',
        params: pairingParams,
        body: createActivityBodySchema,
        response: { 201: activitySchema },
      },
      config: manage,
    },
    async (req, reply) =>
      reply.status(201).send(await createActivity(ctxOf(req), req.params.pairingId, req.body)),
  );
  app.delete(
    '/api/economy/pairing-activities/:activityId',
    {
      schema: {
        tags,
        summary: '删除帮带活动（须先删除其照片）',
        params: activityParams,
        response: { 200: okSchema },
      },
      config: manage,
    },
    (req) => deleteActivity(ctxOf(req), req.params.activityId),
  );
};
