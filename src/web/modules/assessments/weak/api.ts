import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  IdentifyBody,
  LogBody,
  MeasureInput,
  NominateBody,
  WeakActionBody,
  weakListQuerySchema,
} from '../../../../contracts/api/assess-weak';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import { apiUrl, call, client, upload } from '../../../app/api';

// 软弱涣散整顿's calls: the list, a record with its actions, identification, measures, logs, photos.

export type WeakListQuery = Partial<z.input<typeof weakListQuerySchema>>;
type Action = 'confirm' | 'assign' | 'plan' | 'requestAcceptance' | 'accept' | 'consolidate' | 'dismiss';

export const weakApi = {
  list: (query: WeakListQuery) => call(client.GET('/api/assess/weak', { params: { query: query as never } })),
  exportUrl: (query: WeakListQuery) =>
    apiUrl('/assess/weak/export', { ...query, page: undefined, pageSize: undefined } as never),
  detail: (weakId: string) => call(client.GET('/api/assess/weak/{weakId}', { params: { path: { weakId } } })),
  catalogues: () => call(client.GET('/api/assess/weak/catalogues')),
  candidates: (year: number) =>
    call(client.GET('/api/assess/weak/candidates', { params: { query: { year } } })),
  identify: (body: IdentifyBody) => call(client.POST('/api/assess/weak', { body })),
  nominate: (body: NominateBody) => call(client.POST('/api/assess/weak/nominations', { body })),
  carryOver: (fromYear: number) => call(client.POST('/api/assess/weak/carry-over', { body: { fromYear } })),
  act: (weakId: string, action: Action | (string & {}), body: WeakActionBody) =>
    call(
      client.POST('/api/assess/weak/{weakId}/actions/{action}', {
        params: { path: { weakId, action: action as Action } },
        body: body as never,
      }),
    ),
  addMeasure: (weakId: string, body: MeasureInput) =>
    call(
      client.POST('/api/assess/weak/{weakId}/measures', {
        params: { path: { weakId } },
        body: body as never,
      }),
    ),
  measureDone: (measureId: string, note: string) =>
    call(
      client.POST('/api/assess/weak/measures/{measureId}/done', {
        params: { path: { measureId } },
        body: { note },
      }),
    ),
  addLog: (weakId: string, body: LogBody) =>
    call(
      client.POST('/api/assess/weak/{weakId}/logs', { params: { path: { weakId } }, body: body as never }),
    ),
  addFiles: (kind: 'weak_measure' | 'weak_log', recordId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('file', file);
    return upload<AttachmentList>(`/attachments/${kind}/${encodeURIComponent(recordId)}`, form);
  },
  fileUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    `/api/attachment-files/${encodeURIComponent(attachmentId)}?size=${size}`,
};

export const useWeakList = (query: WeakListQuery) =>
  useQuery({
    queryKey: ['assess-weak', 'list', query],
    queryFn: () => weakApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useWeak = (weakId: string) =>
  useQuery({ queryKey: ['assess-weak', 'detail', weakId], queryFn: () => weakApi.detail(weakId) });

export const useWeakCatalogues = () =>
  useQuery({ queryKey: ['assess-weak', 'catalogues'], queryFn: weakApi.catalogues, staleTime: 60_000 });

export const useCandidates = (year: number) =>
  useQuery({ queryKey: ['assess-weak', 'candidates', year], queryFn: () => weakApi.candidates(year) });

/** A write that refreshes every weak-organization query (and the home page's counts) after it. */
export const useWeakMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['assess-weak'] });
      void qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
};
