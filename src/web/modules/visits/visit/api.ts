import type { z } from 'zod';
import type {
  CreateVisitBody,
  listVisitsQuerySchema,
  Visit,
  VisitListItem,
  VisitPrefill,
} from '../../../../contracts/api/visits';
import { ApiError, apiUrl, call, client, type Page } from '../../../app/api';
import type { VisitServer } from './visit-queue';

// The calls of the visit pages (docs/visits.md §1), by path, typed by the zod contract
// (contracts/api/visits.ts) shared with the server.

export type { Visit, VisitListItem, VisitPrefill };
export type VisitFilters = Partial<z.input<typeof listVisitsQuerySchema>>;
export type EventCategory = { id: string; code: string; name: string; active: boolean };

type Query = Record<string, string | number | boolean | undefined>;
type Untyped = (
  path: string,
  init?: { params?: { query?: Query; header?: Record<string, string> }; body?: unknown },
) => Promise<{ data?: unknown; response: Response }>;
const GET = client.GET as unknown as Untyped;
const POST = client.POST as unknown as Untyped;

const get = async <T>(path: string, query?: Query) => (await call(GET(path, { params: { query } }))) as T;

export const visitsApi = {
  prefill: (householdId: string) => get<VisitPrefill>('/api/visits/prefill', { householdId }),
  create: async (body: CreateVisitBody, key: string) =>
    (await call(POST('/api/visits', { body, params: { header: { 'idempotency-key': key } } }))) as Visit,
  list: (filters: VisitFilters) => get<Page<VisitListItem>>('/api/visits', filters as Query),
  exportUrl: (filters: VisitFilters) =>
    apiUrl('/visits/export', { ...(filters as Query), page: undefined, pageSize: undefined }),
  detail: (visitId: string) => get<Visit>(`/api/visits/${encodeURIComponent(visitId)}`),
  categories: () => get<EventCategory[]>('/api/events/categories'),
  households: (q: string) => call(client.GET('/api/households', { params: { query: { q, pageSize: 20 } } })),
};

/** The server as the offline queue sees it. */
export const visitServer: VisitServer = {
  create: (body, key) => visitsApi.create(body, key),
};

/** No answer at all (no signal), as opposed to an answer that refuses. */
export const isNetworkError = (error: unknown): boolean =>
  error instanceof ApiError ? error.code === 'NETWORK' : error instanceof TypeError;
