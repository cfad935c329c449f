import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FlagKindBody,
  FlagListQuery,
  NominateFlagBody,
  UpdateFlagKindBody,
} from '../../../../contracts/api/assess-flags';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import type { TransitionBody } from '../../../../contracts/api/workflow';
import { type ApiBody, apiUrl, call, client, upload } from '../../../app/api';

export type {
  FlagAwardDetail,
  FlagAwardView,
  FlagKindView,
  FlagSummary,
} from '../../../../contracts/api/assess-flags';

export type FlagQuery = Partial<FlagListQuery>;

export const flagsKey = ['assess', 'flags'] as const;

export const flagsApi = {
  kinds: (includeInactive?: boolean) =>
    call(
      client.GET('/api/assess/flag-kinds', {
        params: { query: { includeInactive: includeInactive ? 'true' : undefined } },
      }),
    ),
  createKind: (body: FlagKindBody) =>
    call(client.POST('/api/assess/flag-kinds', { body: body as ApiBody<'/api/assess/flag-kinds', 'post'> })),
  updateKind: (kindId: string, body: UpdateFlagKindBody) =>
    call(
      client.PATCH('/api/assess/flag-kinds/{kindId}', {
        params: { path: { kindId } },
        body: body as ApiBody<'/api/assess/flag-kinds/{kindId}', 'patch'>,
      }),
    ),
  list: (query: FlagQuery) => call(client.GET('/api/assess/flags', { params: { query } })),
  summary: (query: { year?: number; township?: string }) =>
    call(client.GET('/api/assess/flags/summary', { params: { query } })),
  get: (awardId: string) =>
    call(client.GET('/api/assess/flags/{awardId}', { params: { path: { awardId } } })),
  nominate: (body: NominateFlagBody) =>
    call(client.POST('/api/assess/flags', { body: body as ApiBody<'/api/assess/flags', 'post'> })),
  act: (awardId: string, action: string, body: TransitionBody) =>
    call(
      client.POST('/api/assess/flags/{awardId}/actions/{action}', {
        params: { path: { awardId, action: action as never } },
        body,
      }),
    ),
  addEvidence: (awardId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('file', file);
    return upload<AttachmentList>(`/attachments/flag_award/${encodeURIComponent(awardId)}`, form);
  },
  exportUrl: (query: FlagQuery) => {
    const { page: _p, pageSize: _s, ...filters } = query;
    return apiUrl('/assess/flags/export', filters);
  },
};

export const useFlagKinds = (includeInactive?: boolean) =>
  useQuery({
    queryKey: [...flagsKey, 'kinds', !!includeInactive],
    queryFn: () => flagsApi.kinds(includeInactive),
  });

export const useFlagList = (query: FlagQuery) =>
  useQuery({
    queryKey: [...flagsKey, 'list', query],
    queryFn: () => flagsApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useFlagSummary = (year?: number, township?: string) =>
  useQuery({
    queryKey: [...flagsKey, 'summary', year ?? null, township ?? null],
    queryFn: () => flagsApi.summary({ year, township }),
  });

export const useRefreshFlags = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: flagsKey });
};
