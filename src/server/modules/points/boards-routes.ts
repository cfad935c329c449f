import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  boardQuerySchema,
  boardSchema,
  rankingQuerySchema,
  rankingSchema,
} from '../../../contracts/api/points';
import { ctxOf } from '../../platform/http/context';
import { ranking } from './ranking';
import { read, tags, villageParams } from './route-support';
import { smileWall, vanguardWall } from './walls';

// 排名与公示 rankings, 党员先锋墙 and 善治笑脸墙.

const thisMonth = () => new Date().toISOString().slice(0, 7);

export const boardsRoutes: FastifyPluginAsyncZod = async (app) => {
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
};
