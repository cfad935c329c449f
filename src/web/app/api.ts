import type { z } from 'zod';
import type { AuditEntry, AuditQuery } from '../../contracts/api/audit';
import type { Me } from '../../contracts/api/auth';
import type { importCountyResultSchema, Region, regionWithPathSchema } from '../../contracts/api/regions';
import type { CreateUserBody, listUsersQuerySchema, UpdateUserBody, User } from '../../contracts/api/users';
import type { ErrorBody } from '../../contracts/errors';

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

/** Builds `/api/path?a=1` leaving out empty parameters. */
export const apiUrl = (path: string, query?: Query): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
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

type RequestOptions = { query?: Query; body?: unknown; headers?: Record<string, string> };

async function request<T>(method: string, path: string, options: RequestOptions = {}) {
  // A FormData body (photo uploads) sets its own multipart content type.
  const form = options.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : form
            ? (options.body as FormData)
            : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络' });
  }
  if (!res.ok) throw new ApiError(res.status, await readError(res));
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  health: () => request<Health>('GET', '/health'),
  auth: {
    me: () => request<Me>('GET', '/auth/me'),
    login: (body: { username: string; password: string }) => request<Me>('POST', '/auth/login', { body }),
    logout: () => request<{ ok: true }>('POST', '/auth/logout'),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      request<{ ok: true }>('POST', '/auth/password', { body }),
  },
  regions: {
    get: (code: string) => request<RegionWithPath>('GET', `/regions/${enc(code)}`),
    children: (code: string) => request<{ items: Region[] }>('GET', `/regions/${enc(code)}/children`),
    search: (q: string, limit = 20) =>
      request<{ items: RegionWithPath[] }>('GET', '/regions/search', { query: { q, limit } }),
    importCounty: (countyCode: string) =>
      request<ImportCountyResult>('POST', '/regions/import', { body: { countyCode } }),
    addGroup: (villageCode: string, name: string) =>
      request<Region>('POST', `/regions/${enc(villageCode)}/groups`, { body: { name } }),
  },
  users: {
    list: (query: ListUsersQuery) => request<Page<User>>('GET', '/users', { query }),
    get: (userId: string) => request<User>('GET', `/users/${enc(userId)}`),
    create: (body: CreateUserBody) => request<User>('POST', '/users', { body }),
    update: (userId: string, body: UpdateUserBody) =>
      request<User>('PATCH', `/users/${enc(userId)}`, { body }),
    revealPhone: (userId: string, purpose: string) =>
      request<{ value: string }>('POST', `/users/${enc(userId)}/reveal`, {
        body: { field: 'phone', purpose },
      }),
  },
  audit: {
    list: (query: AuditFilters) => request<Page<AuditEntry>>('GET', '/audit', { query }),
    exportUrl: (filters: AuditFilters) =>
      apiUrl('/audit/export', { ...filters, page: undefined, pageSize: undefined }),
  },
};

/** The typed request for modules that keep their own endpoint list (org, members). */
export { request as apiRequest };
