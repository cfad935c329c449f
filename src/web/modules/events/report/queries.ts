import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventsReportApi } from './api';

export const eventsReportKey = ['eventsReport'] as const;

export const useReportContext = () =>
  useQuery({
    queryKey: [...eventsReportKey, 'context'],
    queryFn: eventsReportApi.context,
    staleTime: 10 * 60_000,
  });

export const useMyEvents = (query: {
  page: number;
  pageSize: number;
  relation: 'all' | 'reported' | 'followed';
}) =>
  useQuery({
    queryKey: [...eventsReportKey, 'mine', query],
    queryFn: () => eventsReportApi.mine(query),
    placeholderData: keepPreviousData,
  });

export const useEventDetail = (eventId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...eventsReportKey, 'detail', eventId],
    queryFn: () => eventsReportApi.detail(eventId),
    enabled,
    retry: false,
  });

export const useEventPhotos = (eventId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...eventsReportKey, 'photos', eventId],
    queryFn: () => eventsReportApi.photos(eventId),
    enabled,
    retry: false,
  });

/** After a rating or leaving a followed report: the list and the detail change. */
export const useEventChange = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { kind: 'rate'; eventId: string; rating: number; reason?: string }
        | { kind: 'unfollow'; eventId: string },
    ) =>
      change.kind === 'rate'
        ? eventsReportApi.act(change.eventId, 'rate', { rating: change.rating, reason: change.reason })
        : eventsReportApi.unfollow(change.eventId),
    onSuccess: () => client.invalidateQueries({ queryKey: eventsReportKey }),
  });
};
