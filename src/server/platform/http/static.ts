import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

// Vite names what it emits under /assets by content hash: a new build gets new names, so a browser
// may keep these for a year without asking. index.html names the current ones and is always revalidated.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const cacheControlOf = (file: string) =>
  file.split(path.sep).includes('assets') && !file.endsWith('.html') ? IMMUTABLE : 'no-cache';

/**
 * Serves the built web app (with the .br/.gz copies the build writes beside each file); any other
 * GET or HEAD outside /api falls back to index.html for the client router.
 */
export const registerWebApp = async (app: FastifyInstance, root = WEB_DIST): Promise<void> => {
  const hasBuild = fs.existsSync(path.join(root, 'index.html'));
  if (hasBuild)
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', cacheControlOf(file));
        res.setHeader('vary', 'accept-encoding');
      },
    });
  app.setNotFoundHandler((req, reply) => {
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (hasBuild && read && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({
      code: 'NOT_FOUND',
      message: `接口不存在：${req.method} ${req.url.split('?')[0]}`,
      requestId: String(req.id),
    });
  });
};
