import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { latestMigrationTag } from '../../platform/db/migrate';

let h: TestHarness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('system routes and API conventions', () => {
  it('reports health with the driver and the latest migration', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      db: h.services.database.kind,
      migration: latestMigrationTag(),
    });
    expect(res.json().migration).toMatch(/^\d{4}_/);
  });

  it('puts a request id on every response, errors included', async () => {
    const ok = await h.app.inject({ method: 'GET', url: '/api/health' });
    const missing = await h.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers['x-request-id']).toBe(missing.json().requestId);
  });

  it('answers unknown API routes with a 404 in the error shape', async () => {
    const res = await h.app.inject({ method: 'DELETE', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('接口不存在') });
  });

  it('turns invalid input into a 400 with Chinese field messages, never a 500', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '', password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION');
    expect(body.fields).toEqual([{ path: 'username', message: '请输入用户名' }]);
  });

  it('answers malformed JSON and wrong content types with 4xx', async () => {
    const broken = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(broken.statusCode).toBe(400);
    const wrongType = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('VALIDATION');
  });

  it('serves an OpenAPI 3 document listing every route, and the docs UI', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/regions/{code}',
        '/api/users/{userId}',
        '/api/audit',
      ]),
    );
    const ui = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('refuses API calls without a session with 401', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});
