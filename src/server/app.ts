import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import '../contracts/zod-locale';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { cadresRoutes } from './modules/cadres/routes';
import { gridsRoutes } from './modules/grids/routes';
import { householdFileRoutes } from './modules/household-file/routes';
import { householdsRoutes } from './modules/households/routes';
import { membersRoutes } from './modules/members/routes';
import { orgRoutes } from './modules/org/routes';
import { pointsRoutes } from './modules/points/routes';
import { regionRoutes } from './modules/regions/routes';
import { systemRoutes } from './modules/system/routes';
import { talentsRoutes } from './modules/talents/routes';
import { userRoutes } from './modules/users/routes';
import { importJobRoutes } from './platform/excel/job-routes';
import { registerUploads } from './platform/excel/upload';
import { registerAuthHook } from './platform/http/auth-hook';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerWebApp } from './platform/http/static';
import type { Services } from './platform/http/types';

export const MODULE_ROUTES = [
  systemRoutes,
  authRoutes,
  regionRoutes,
  userRoutes,
  auditRoutes,
  householdsRoutes,
  orgRoutes,
  membersRoutes,
  cadresRoutes,
  gridsRoutes,
  talentsRoutes,
  pointsRoutes,
  householdFileRoutes,
];

export interface BuildOptions {
  logger?: boolean;
  webRoot?: string;
}

/** The whole application without `listen`, so tests drive it through `app.inject`. */
export const buildApp = async (services: Services, options: BuildOptions = {}): Promise<FastifyInstance> => {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: services.config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: () => randomUUID(),
    trustProxy: services.config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  });
  app.decorate('services', services);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  registerAuthHook(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: '振兴 Zhenxing API', description: '党建引领乡村振兴数字平台接口', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zx_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await registerUploads(app);
  await app.register(importJobRoutes);
  for (const routes of MODULE_ROUTES) await app.register(routes);
  await registerWebApp(app, options.webRoot);
  await app.ready();
  return app;
};
