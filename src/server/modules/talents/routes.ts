import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of the talents registry (issue 4).
export const talentsRoutes: FastifyPluginAsyncZod = async () => {};
