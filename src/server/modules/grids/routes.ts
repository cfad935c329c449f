import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of the grids registry (issue 4).
export const gridsRoutes: FastifyPluginAsyncZod = async () => {};
