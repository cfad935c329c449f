import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { latestMigrationTag } from '../../platform/db/migrate';

const healthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  migration: z.string(),
});

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  const migration = latestMigrationTag();
  app.get(
    '/api/health',
    {
      schema: { tags: ['system'], summary: '健康检查', response: { 200: healthSchema } },
      config: { access: 'public' },
    },
    async () => {
      await app.services.database.db.execute('select 1');
      return { status: 'ok' as const, db: app.services.database.kind, migration };
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => app.swagger());
};
