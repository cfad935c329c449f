import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import '../contracts/zod-locale';
import { MODULES } from './modules';
import { attachmentRoutes } from './platform/attachments/routes';
import { importJobRoutes } from './platform/excel/job-routes';
import { registerUploads } from './platform/excel/upload';
import { registerAuthHook } from './platform/http/auth-hook';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerHardening } from './platform/http/hardening';
import { registerWebApp } from './platform/http/static';
import { registerTextInputCheck } from './platform/http/text-input';
import type { Services } from './platform/http/types';
import { installModules } from './platform/modules/registry';

export interface BuildOptions {
  logger?: boolean;
  webRoot?: string;
}

/** The whole application without `listen`, so tests drive it through `app.inject`. */
export const buildApp = async (services: Services, options: BuildOptions = {}): Promise<FastifyInstance> => {
  installModules(MODULES);
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
  await registerHardening(app, services.config);
  await app.register(fastifyCookie);
  registerAuthHook(app);
  registerTextInputCheck(app);
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
  await app.register(attachmentRoutes);
  for (const routes of MODULES.flatMap((m) => m.routes ?? [])) await app.register(routes);
  await registerWebApp(app, options.webRoot);
  await app.ready();
  return app;
};
