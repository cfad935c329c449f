import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

/** Serves the built web app; any non-API path falls back to index.html for the client router. */
export const registerWebApp = async (app: FastifyInstance, root = WEB_DIST): Promise<void> => {
  const hasBuild = fs.existsSync(path.join(root, 'index.html'));
  if (hasBuild) await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
  app.setNotFoundHandler((req, reply) => {
    if (hasBuild && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({
      code: 'NOT_FOUND',
      message: `接口不存在：${req.method} ${req.url.split('?')[0]}`,
      requestId: String(req.id),
    });
  });
};
