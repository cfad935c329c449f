import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../contracts/api/common';
import { householdFileSchema } from '../../../contracts/api/household-file';
import { ctxOf } from '../../platform/http/context';
import { householdFile } from './household-file';

// 一户一档 sits above the registries and the points: it reads each through its exported use cases.
export const householdFileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/households/:householdId/profile',
    {
      schema: {
        tags: ['households'],
        summary: '一户一档（成员、网格、联系党员、帮扶人、文明积分、迁移记录）',
        params: z.object({ householdId: uuidSchema }),
        response: { 200: householdFileSchema },
      },
      config: { permission: 'households.read' },
    },
    (req) => householdFile(ctxOf(req), req.params.householdId),
  );
};
