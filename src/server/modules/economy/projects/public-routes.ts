import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  publicProjectsParamsSchema,
  publicProjectsQuerySchema,
  publicProjectsSchema,
} from '../../../../contracts/api/economy-projects';
import { publicProjects } from './public-projects';

// 公开承诺 (no log-in): the committed projects of a region and below, limited like the 公示 pages
// of assessments.

const tags = ['economy'];

/** The public commitment page is read by anyone: keep it to a person's pace. */
export const PUBLIC_READ_LIMIT = { max: 60, timeWindow: '1 minute' };

export const projectPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyRateLimit, { global: false });
  app.get(
    '/api/public/economy/projects/:regionCode',
    {
      schema: {
        tags,
        summary: '书记领办项目公开承诺（无需登录；不含电话、身份证号等个人信息）',
        params: publicProjectsParamsSchema,
        querystring: publicProjectsQuerySchema,
        response: { 200: publicProjectsSchema },
      },
      config: { access: 'public', rateLimit: PUBLIC_READ_LIMIT },
    },
    (req) => publicProjects(app.services.database.db, req.params.regionCode, req.query.year),
  );
};
