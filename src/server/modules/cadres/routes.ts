import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of the cadres registry (issue 4).
export const cadresRoutes: FastifyPluginAsyncZod = async () => {};
