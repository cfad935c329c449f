import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of the members registry (issue 4).
export const membersRoutes: FastifyPluginAsyncZod = async () => {};
