import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';

// A web root shaped like vite's output: index.html, a hashed script under /assets with the
// .br/.gz copies the build writes, and a hashed stylesheet without them.
const ASSET = '/assets/index-Ab12Cd34.js';
const SCRIPT = `console.log(${JSON.stringify('振兴'.repeat(800))});\n`;
const makeWebRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html><html><head><script type="module" src="${ASSET}"></script></head><body><div id="root"></div></body></html>`,
  );
  fs.writeFileSync(path.join(root, ASSET), SCRIPT);
  fs.writeFileSync(path.join(root, `${ASSET}.br`), brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(root, `${ASSET}.gz`), gzipSync(SCRIPT));
  fs.writeFileSync(path.join(root, 'assets/page-Xy98Zw76.css'), `body{color:red}\n`.repeat(200));
  return root;
};

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
];

let h: TestHarness;
let secure: TestHarness;
let webRoot: string;
let admin: Session;
let regions: Awaited<ReturnType<typeof testRegions>>;

beforeAll(async () => {
  webRoot = makeWebRoot();
  h = await createHarness({ webRoot });
  secure = await createHarness({ webRoot, env: { COOKIE_SECURE: 'true' } });
  regions = await testRegions(h.services.database.db);
  admin = await sessionAs(h.app, h.services, 'county_admin', regions.county);
});
afterAll(async () => {
  await h.close();
  await secure.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'GET', url, headers });

describe('security headers', () => {
  it.each(['/', '/households', ASSET, '/api/health'])('are on %s', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    for (const name of SECURITY_HEADERS) expect(res.headers[name], name).toBeDefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('are on an authenticated JSON route and on an error', async () => {
    for (const res of [await admin.get('/api/auth/me'), await get('/api/auth/me'), await get('/api/nope')]) {
      for (const name of SECURITY_HEADERS) expect(res.headers[name], name).toBeDefined();
    }
  });

  it('allow scripts only from the site itself and no framing', async () => {
    const csp = String((await get('/')).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('send HSTS (and upgrade requests) only when the site runs on HTTPS', async () => {
    expect((await get('/')).headers['strict-transport-security']).toBeUndefined();
    const res = await secure.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('leave the API documentation working', async () => {
    const page = await get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    expect((await get('/api/docs/json')).statusCode).toBe(200);
  });
});

describe('HEAD', () => {
  it.each(['/', '/households/123', ASSET, '/api/health'])(
    'answers HEAD %s like GET, without a body',
    async (url) => {
      const head = await h.app.inject({ method: 'HEAD', url });
      const full = await get(url);
      expect(head.statusCode).toBe(200);
      expect(head.body).toBe('');
      expect(head.headers['content-type']).toBe(full.headers['content-type']);
    },
  );

  it('answers HEAD on an authenticated API route', async () => {
    const res = await admin.request('HEAD', '/api/auth/me');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    expect((await h.app.inject({ method: 'HEAD', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('compression', () => {
  it('sends the pre-compressed brotli or gzip copy of an asset the browser accepts', async () => {
    const br = await get(ASSET, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gz = await get(ASSET, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get(ASSET);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
  });

  it('compresses a file without a pre-compressed copy on the fly', async () => {
    const res = await get('/assets/page-Xy98Zw76.css', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('body{color:red}');
  });

  it('compresses JSON answers with brotli or gzip', async () => {
    const openapi = await get('/api/openapi.json', { 'accept-encoding': 'br' });
    expect(openapi.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(openapi.rawPayload).toString()).openapi).toMatch(/^3\./);
    const url = `/api/regions/${regions.county}/descendants`;
    const list = await admin.request('GET', url, undefined, { 'accept-encoding': 'gzip' });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(list.rawPayload).toString())).toEqual((await admin.get(url)).json());
    const plain = await get('/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().openapi).toMatch(/^3\./);
  });
});

describe('caching', () => {
  it('never lets a browser reuse index.html without asking', async () => {
    for (const url of ['/', '/index.html', '/households']) {
      expect((await get(url)).headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('keeps hashed assets a year as immutable', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await get(ASSET, { 'accept-encoding': encoding });
      expect(res.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
    }
  });
});
