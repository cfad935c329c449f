import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of the org registry (issue 4).
export const orgRoutes: FastifyPluginAsyncZod = async () => {};
