import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of the households registry (issue 4).
export const householdsRoutes: FastifyPluginAsyncZod = async () => {};
