import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import type {
  CaseActionBody,
  FollowupInput,
  MeasureInput,
  StartCaseBody,
} from '../../../../contracts/api/visits-cases';
import { type ApiBody, type ApiQuery, apiUrl, call, client, upload } from '../../../app/api';

export type {
  CaseDetail,
  CaseItem,
  CaseMeasure,
  Followup,
  Notice,
} from '../../../../contracts/api/visits-cases';

// 监测对象识别 (docs/visits.md §4): the typed calls of the cases pages.

export type CaseQuery = ApiQuery<'/api/monitoring/cases'>;
export const casesKey = ['visits', 'cases'] as const;

const byCase = (caseId: string) => ({ params: { path: { caseId } } });
const byMeasure = (caseId: string, measureId: string) => ({ params: { path: { caseId, measureId } } });

export const casesApi = {
  list: (query: CaseQuery) => call(client.GET('/api/monitoring/cases', { params: { query } })),
  exportUrl: (query: CaseQuery) =>
    apiUrl('/monitoring/cases/export', { ...query, page: undefined, pageSize: undefined }),
  get: (id: string) => call(client.GET('/api/monitoring/cases/{caseId}', byCase(id))),
  start: (body: StartCaseBody) =>
    call(client.POST('/api/monitoring/cases', { body: body as ApiBody<'/api/monitoring/cases', 'post'> })),
  act: (id: string, action: string, body: CaseActionBody) =>
    call(
      client.POST('/api/monitoring/cases/{caseId}/actions/{action}', {
        params: { path: { caseId: id, action } },
        body: body as ApiBody<'/api/monitoring/cases/{caseId}/actions/{action}', 'post'>,
      }),
    ),
  addMeasure: (id: string, body: MeasureInput) =>
    call(client.POST('/api/monitoring/cases/{caseId}/measures', { ...byCase(id), body })),
  updateMeasure: (id: string, measureId: string, body: Partial<MeasureInput>) =>
    call(
      client.PATCH('/api/monitoring/cases/{caseId}/measures/{measureId}', {
        ...byMeasure(id, measureId),
        body,
      }),
    ),
  removeMeasure: (id: string, measureId: string) =>
    call(client.DELETE('/api/monitoring/cases/{caseId}/measures/{measureId}', byMeasure(id, measureId))),
  addFollowup: (id: string, body: FollowupInput) =>
    call(client.POST('/api/monitoring/cases/{caseId}/followups', { ...byCase(id), body })),
  notice: (villageCode: string) =>
    call(client.GET('/api/monitoring/notices/{villageCode}', { params: { path: { villageCode } } })),
  uploadConsent: (id: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('file', file);
    return upload<AttachmentList>(`/attachments/monitoring_case/${encodeURIComponent(id)}`, form);
  },
  attachments: (id: string) =>
    call(
      client.GET('/api/attachments/{recordKind}/{recordId}', {
        params: { path: { recordKind: 'monitoring_case', recordId: id } },
      }),
    ),
};

export const useCases = (query: CaseQuery) =>
  useQuery({
    queryKey: [...casesKey, 'list', query],
    queryFn: () => casesApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useCase = (id: string) =>
  useQuery({ queryKey: [...casesKey, 'one', id], queryFn: () => casesApi.get(id), retry: false });

export const useNotice = (villageCode: string) =>
  useQuery({
    queryKey: [...casesKey, 'notice', villageCode],
    queryFn: () => casesApi.notice(villageCode),
    retry: false,
  });
