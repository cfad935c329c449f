import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import type { EventActionBody } from '../../../../contracts/api/events';
import type { eventListQuerySchema } from '../../../../contracts/api/events-queue';
import { apiUrl, call, client, upload } from '../../../app/api';

// 事件办理's calls: lists, the detail with its actions, the steps, photos and the bell.

export type EventListQuery = Partial<z.input<typeof eventListQuerySchema>>;
type EventAction = Parameters<typeof eventsHandleApi.eventAction>[1];
type DispatchAction = Parameters<typeof eventsHandleApi.dispatchAction>[1];

export const eventsHandleApi = {
  list: (query: EventListQuery) => call(client.GET('/api/events', { params: { query: query as never } })),
  exportUrl: (query: EventListQuery) =>
    apiUrl('/events/export', { ...query, page: undefined, pageSize: undefined }),
  detail: (eventId: string) => call(client.GET('/api/events/{eventId}', { params: { path: { eventId } } })),
  duty: (view: 'todo' | 'done', page: number) =>
    call(client.GET('/api/events/dispatches', { params: { query: { view, page, pageSize: 20 } } })),
  eventAction: (
    eventId: string,
    action:
      | 'accept'
      | 'escalate'
      | 'return'
      | 'resolve'
      | 'dispatch'
      | 'approve'
      | 'reject'
      | 'rate'
      | (string & {}),
    body: EventActionBody,
  ) =>
    call(
      client.POST('/api/events/{eventId}/actions/{action}', {
        params: { path: { eventId, action: action as never } },
        body,
      }),
    ),
  dispatchAction: (
    dispatchId: string,
    action: 'acknowledge' | 'handle' | 'return' | (string & {}),
    body: EventActionBody,
  ) =>
    call(
      client.POST('/api/events/dispatches/{dispatchId}/actions/{action}', {
        params: { path: { dispatchId, action: action as never } },
        body,
      }),
    ),
  addPhotos: (kind: 'event' | 'event_dispatch', recordId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('photo', file);
    return upload<AttachmentList>(`/attachments/${kind}/${encodeURIComponent(recordId)}`, form);
  },
  photoUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    `/api/attachment-files/${encodeURIComponent(attachmentId)}?size=${size}`,
  notifications: () =>
    call(client.GET('/api/notifications', { params: { query: { page: 1, pageSize: 30 } } })),
  markRead: (notificationId: string) =>
    call(client.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
  readAll: () => call(client.POST('/api/notifications/read-all')),
};

export type { DispatchAction, EventAction };

const key = ['events', 'handle'] as const;

export const useEventList = (query: EventListQuery) =>
  useQuery({
    queryKey: [...key, 'list', query],
    queryFn: () => eventsHandleApi.list(query),
    placeholderData: keepPreviousData,
  });
export const useEventDetail = (eventId: string) =>
  useQuery({ queryKey: [...key, 'detail', eventId], queryFn: () => eventsHandleApi.detail(eventId) });
export const useDuty = (view: 'todo' | 'done', page: number) =>
  useQuery({
    queryKey: [...key, 'duty', view, page],
    queryFn: () => eventsHandleApi.duty(view, page),
    placeholderData: keepPreviousData,
  });
export const useNotifications = () =>
  useQuery({ queryKey: ['notifications'], queryFn: eventsHandleApi.notifications, refetchInterval: 60_000 });

/** After a step: every list, the detail, the home page and the bell read again. */
export const useRefreshEvents = () => {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['events'] });
    void qc.invalidateQueries({ queryKey: ['home'] });
    void qc.invalidateQueries({ queryKey: ['notifications'] });
  };
};

export const useMarkRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string): Promise<unknown> =>
      id === 'all' ? eventsHandleApi.readAll() : eventsHandleApi.markRead(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
};
