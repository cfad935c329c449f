import { describe, expect, it } from 'vitest';
import { ApiError, call, createApiClient, setCsrfToken } from './api';

// The typed client's own mapping (URL, method, query, body, CSRF, errors), against a stub fetch.

const stub = (answer: () => Response) => {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return answer();
  };
  return { seen, client: createApiClient({ fetch, baseUrl: 'http://zx.test' }) };
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the typed API client', () => {
  it('builds a GET with its query, leaving out empty parameters, and no CSRF header', async () => {
    setCsrfToken('token-1');
    const page = { items: [], total: 0, page: 2, pageSize: 20 };
    const { seen, client } = stub(() => json(200, page));
    const data = await call(
      client.GET('/api/households', { params: { query: { q: '张', page: 2, regionCode: undefined } } }),
    );
    expect(data).toEqual(page);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request.method).toBe('GET');
    expect(request.url).toBe('http://zx.test/api/households?q=%E5%BC%A0&page=2');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('x-csrf-token')).toBeNull();
    expect(request.credentials).toBe('same-origin');
  });

  it('sends a POST with its path parameter, JSON body and the CSRF token', async () => {
    setCsrfToken('token-2');
    const { seen, client } = stub(() => json(200, { value: '13800000000' }));
    const data = await call(
      client.POST('/api/persons/{personId}/reveal', {
        params: { path: { personId: 'p/1' } },
        body: { field: 'phone', purpose: '入户走访' },
      }),
    );
    expect(data).toEqual({ value: '13800000000' });
    const [request] = seen;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://zx.test/api/persons/p%2F1/reveal');
    expect(request.headers.get('x-csrf-token')).toBe('token-2');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual({ field: 'phone', purpose: '入户走访' });
  });

  it('turns an error answer into ApiError with the server code, message and fields', async () => {
    const body = { code: 'VALIDATION', message: '户编号已存在', fields: { householdNo: '户编号已存在' } };
    const { client } = stub(() => json(409, body));
    const error = await call(client.GET('/api/auth/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'VALIDATION',
      message: '户编号已存在',
      fields: body.fields,
    });
  });

  it('names a non-JSON failure by its status, and an unreachable server NETWORK', async () => {
    const proxy = stub(() => new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(call(proxy.client.GET('/api/health'))).rejects.toMatchObject({
      status: 502,
      code: 'INTERNAL',
    });
    const offline = createApiClient({
      baseUrl: 'http://zx.test',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(call(offline.GET('/api/health'))).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
