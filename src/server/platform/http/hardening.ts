import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

/**
 * The Content-Security-Policy the web app runs under. Scripts only from this origin (vite emits no
 * inline script); styles may be inline because antd's CSS-in-JS writes <style> elements at run
 * time and its components set style attributes — a nonce would cover neither the attributes nor
 * the styles antd adds after the first render. Images also from data: and blob: (favicon, upload
 * previews). Swagger UI at /api/docs runs under the same policy.
 */
export const cspDirectives = (https: boolean) => ({
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Over plain HTTP (a county laptop on the LAN) upgrading requests would break every asset.
  upgradeInsecureRequests: https ? [] : null,
});

/** Security headers on every response and brotli/gzip for JSON (static files come pre-compressed). */
export const registerHardening = async (app: FastifyInstance, config: Config): Promise<void> => {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config.COOKIE_SECURE) },
    // HSTS only when the site is served over HTTPS (COOKIE_SECURE=true says so); on plain HTTP
    // it would be ignored at best and lock a browser out of a later HTTP-only install at worst.
    hsts: config.COOKIE_SECURE ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Quality 11 (zlib's default) costs ~50 ms on a 100 KB page; 4 is close in size and fast.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
};
