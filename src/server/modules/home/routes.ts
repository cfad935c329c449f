import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { homeSchema } from '../../../contracts/api/home';
import { ctxOf } from '../../platform/http/context';
import { home } from './home';

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/home',
    {
      schema: {
        tags: ['home'],
        summary: '工作台：待办事项和常用功能',
        response: { 200: homeSchema },
      },
    },
    (req) => home(ctxOf(req)),
  );
};
