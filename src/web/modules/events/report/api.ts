import type { AttachmentList } from '../../../../contracts/api/attachments';
import type { CreateEventBody, EventDetail } from '../../../../contracts/api/events';
import { type ApiBody, ApiError, apiUrl, call, client, upload } from '../../../app/api';
import type { ReportServer } from './offline-queue';

// The report page's calls. The event detail and its actions (submit, rate) belong to the
// workflow part of the module: they are called by path until its routes are in api-schema.d.ts.

type UntypedPost = (
  path: string,
  init: { params: { path: Record<string, string> }; body: unknown },
) => Promise<{ data?: unknown; response: Response }>;
type UntypedGet = (
  path: string,
  init: { params: { path: Record<string, string> } },
) => Promise<{ data?: unknown; response: Response }>;
const untypedPost = client.POST as unknown as UntypedPost;
const untypedGet = client.GET as unknown as UntypedGet;

export const eventsReportApi = {
  context: () => call(client.GET('/api/events/report-context')),
  similar: (query: { categoryId: string; gridId?: string; regionCode?: string }) =>
    call(client.GET('/api/events/similar', { params: { query } })),
  follow: (eventId: string) =>
    call(client.POST('/api/events/{eventId}/follow', { params: { path: { eventId } } })),
  unfollow: (eventId: string) =>
    call(client.DELETE('/api/events/{eventId}/follow', { params: { path: { eventId } } })),
  mine: (query: { page: number; pageSize: number; relation?: 'all' | 'reported' | 'followed' }) =>
    call(client.GET('/api/events/mine', { params: { query } })),
  create: (body: CreateEventBody, key: string) =>
    call(
      client.POST('/api/events', {
        body: body as ApiBody<'/api/events', 'post'>,
        params: { header: { 'idempotency-key': key } },
      }),
    ),
  detail: async (eventId: string) =>
    (await call(untypedGet('/api/events/{eventId}', { params: { path: { eventId } } }))) as EventDetail,
  act: (eventId: string, action: string, body: Record<string, unknown> = {}) =>
    call(
      untypedPost('/api/events/{eventId}/actions/{action}', { params: { path: { eventId, action } }, body }),
    ),
  photos: (eventId: string) =>
    call(
      client.GET('/api/attachments/{recordKind}/{recordId}', {
        params: { path: { recordKind: 'event', recordId: eventId } },
      }),
    ) as Promise<AttachmentList>,
  photoUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    apiUrl(`/attachment-files/${encodeURIComponent(attachmentId)}`, { size }),
};

/** The server as the offline queue sees it. */
export const reportServer: ReportServer = {
  create: (body, key) => eventsReportApi.create(body, key),
  photoNames: async (eventId) => (await eventsReportApi.photos(eventId)).items.map((p) => p.fileName),
  upload: async (eventId, photo) => {
    const form = new FormData();
    form.append('files', photo.blob, photo.name);
    await upload<AttachmentList>(`/attachments/event/${encodeURIComponent(eventId)}`, form);
  },
  submit: async (eventId) => {
    await eventsReportApi.act(eventId, 'submit');
  },
};

/** No answer at all (no signal), as opposed to an answer that refuses. */
export const isNetworkError = (error: unknown): boolean =>
  error instanceof ApiError ? error.code === 'NETWORK' : error instanceof TypeError;
