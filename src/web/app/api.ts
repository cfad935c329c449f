import createClient, { type Middleware } from 'openapi-fetch';
import type { z } from 'zod';
import type { AuditQuery } from '../../contracts/api/audit';
import type { importCountyResultSchema, regionWithPathSchema } from '../../contracts/api/regions';
import type { CreateUserBody, listUsersQuerySchema, UpdateUserBody } from '../../contracts/api/users';
import type { ErrorBody } from '../../contracts/errors';
import type { paths } from './api-schema';

export type RegionWithPath = z.infer<typeof regionWithPathSchema>;
export type ImportCountyResult = z.infer<typeof importCountyResultSchema>;
export type ListUsersQuery = Partial<z.output<typeof listUsersQuerySchema>>;
export type AuditFilters = Partial<AuditQuery>;
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type Health = { status: string; db: string; migration: string };

/** An error answered by the server (or NETWORK when it could not be reached). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: ErrorBody['fields'];
  readonly requestId?: string;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields;
    this.requestId = body.requestId;
  }
}

// The session cookie is httpOnly; the CSRF token comes with Me and must accompany every write.
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

type Query = Record<string, string | number | boolean | null | undefined>;

/** `a=1&b=2` leaving out empty parameters (the server reads '' as a value, not as "no filter"). */
const searchParams = (query?: Query): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
};

/** Builds `/api/path?a=1` leaving out empty parameters: for links (downloads) and uploads. */
export const apiUrl = (path: string, query?: Query): string => {
  const search = searchParams(query);
  return `/api${path}${search ? `?${search}` : ''}`;
};

const readError = async (res: Response): Promise<ErrorBody> => {
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (typeof body.code === 'string' && typeof body.message === 'string') return body as ErrorBody;
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic error.
  }
  return {
    code: res.status >= 500 ? 'INTERNAL' : `HTTP_${res.status}`,
    message: `请求失败（${res.status}）`,
  };
};

const networkError = () => new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络' });

/** CSRF on writes, and every answer that is not 2xx (or no answer) becomes an ApiError. */
const apiErrors: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw new ApiError(response.status, await readError(response));
    return undefined;
  },
  onError: () => networkError(),
};

/**
 * A client typed by the server's OpenAPI document (api-schema.d.ts, written by `npm run openapi`).
 * `fetch` and `baseUrl` are for tests; the browser uses same-origin relative addresses.
 */
export const createApiClient = (
  options: { fetch?: (request: Request) => Promise<Response>; baseUrl?: string } = {},
) => {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    querySerializer: (query) => searchParams(query as Query),
  });
  client.use(apiErrors);
  return client;
};

export const client = createApiClient();

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
/** The query parameters of a route, from the OpenAPI document. */
export type ApiQuery<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The JSON body a route accepts, from the OpenAPI document. */
export type ApiBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The JSON a route answers with (200), from the OpenAPI document. */
export type ApiData<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: { 200: { content: { 'application/json': infer D } } } } ? D : never;

/** The data of a typed call; errors were already thrown as ApiError by the middleware. */
export async function call<R extends { data?: unknown; response: Response }>(
  pending: Promise<R>,
): Promise<Exclude<R['data'], undefined>> {
  const { data, response } = await pending;
  if (data === undefined) throw new ApiError(response.status, await readError(response));
  return data as Exclude<R['data'], undefined>;
}

/**
 * A multipart upload (photos, documents) by path: the OpenAPI document describes no JSON body for
 * these routes, so the answer's type is the caller's (a contracts type).
 */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw networkError();
  }
  if (!res.ok) throw new ApiError(res.status, await readError(res));
  return (await res.json()) as T;
}

export const api = {
  health: () => call(client.GET('/api/health')),
  auth: {
    me: () => call(client.GET('/api/auth/me')),
    login: (body: { username: string; password: string }) => call(client.POST('/api/auth/login', { body })),
    logout: () => call(client.POST('/api/auth/logout')),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      call(client.POST('/api/auth/password', { body })),
  },
  regions: {
    get: (code: string) => call(client.GET('/api/regions/{code}', { params: { path: { code } } })),
    children: (code: string) =>
      call(client.GET('/api/regions/{code}/children', { params: { path: { code } } })),
    search: (q: string, limit = 20) =>
      call(client.GET('/api/regions/search', { params: { query: { q, limit } } })),
    importCounty: (countyCode: string) => call(client.POST('/api/regions/import', { body: { countyCode } })),
    addGroup: (villageCode: string, name: string) =>
      call(
        client.POST('/api/regions/{code}/groups', {
          params: { path: { code: villageCode } },
          body: { name },
        }),
      ),
  },
  users: {
    list: (query: ListUsersQuery) => call(client.GET('/api/users', { params: { query } })),
    get: (userId: string) => call(client.GET('/api/users/{userId}', { params: { path: { userId } } })),
    create: (body: CreateUserBody) => call(client.POST('/api/users', { body })),
    update: (userId: string, body: UpdateUserBody) =>
      call(client.PATCH('/api/users/{userId}', { params: { path: { userId } }, body })),
    revealPhone: (userId: string, purpose: string) =>
      call(
        client.POST('/api/users/{userId}/reveal', {
          params: { path: { userId } },
          body: { field: 'phone', purpose },
        }),
      ),
  },
  audit: {
    list: (query: AuditFilters) => call(client.GET('/api/audit', { params: { query } })),
    names: () => call(client.GET('/api/audit/names')),
    exportUrl: (filters: AuditFilters) =>
      apiUrl('/audit/export', { ...filters, page: undefined, pageSize: undefined }),
  },
};

/** The untyped request of the points module (its pages are being reworked separately). */
