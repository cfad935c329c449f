import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonitoringRequestBody, ScreeningBody } from '../../../../contracts/api/visits-clues';
import { type ApiQuery, apiUrl, call, client } from '../../../app/api';

export type { DepartmentRecordView, MyRequestsView } from '../../../../contracts/api/visits-clues';
export { RISK_TYPE_CODES } from '../../../../contracts/api/visits-clues';

// 风险线索的三个渠道: the household's own request, screening, department lists.

export type DepartmentRecordQuery = ApiQuery<'/api/monitoring/department-records'>;
export const cluesKey = ['monitoring', 'clues'] as const;

const importBase = '/monitoring/department-import';

export const cluesApi = {
  myRequests: () => call(client.GET('/api/monitoring/my-requests')),
  request: (body: MonitoringRequestBody) => call(client.POST('/api/monitoring/requests', { body })),
  screen: (body: ScreeningBody) => call(client.POST('/api/monitoring/signals', { body })),
  departments: () => call(client.GET('/api/monitoring/data-departments')),
  records: (query: DepartmentRecordQuery) =>
    call(client.GET('/api/monitoring/department-records', { params: { query } })),
  job: (jobId: string) =>
    call(client.GET('/api/monitoring/department-import/{jobId}', { params: { path: { jobId } } })),
  templateUrl: apiUrl(`${importBase}/template`),
  importUrl: apiUrl(importBase),
  errorFileUrl: (jobId: string) => apiUrl(`${importBase}/${encodeURIComponent(jobId)}/error-file`),
  exportUrl: (query: DepartmentRecordQuery) =>
    apiUrl('/monitoring/department-records/export', { ...query, page: undefined, pageSize: undefined }),
};

export const useMyRequests = () =>
  useQuery({ queryKey: [...cluesKey, 'mine'], queryFn: cluesApi.myRequests });

export const useDataDepartments = () =>
  useQuery({ queryKey: [...cluesKey, 'departments'], queryFn: cluesApi.departments, staleTime: Infinity });

export const useDepartmentRecords = (query: DepartmentRecordQuery) =>
  useQuery({
    queryKey: [...cluesKey, 'records', query],
    queryFn: () => cluesApi.records(query),
    placeholderData: keepPreviousData,
  });

/** Polls a department-list import job every second until it has finished. */
export const useDepartmentJob = (jobId: string | null) =>
  useQuery({
    queryKey: [...cluesKey, 'job', jobId],
    queryFn: () => cluesApi.job(jobId as string),
    enabled: Boolean(jobId),
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      return status === 'validating' || status === 'importing' || !status ? 1000 : false;
    },
  });

/** A write that refreshes the monitoring queries afterwards (the at-risk list shows the new signal). */
export const useClueMutation = <A, R>(fn: (a: A) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['monitoring'] }),
  });
};
