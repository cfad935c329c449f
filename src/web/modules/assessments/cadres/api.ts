import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CadreRulesBody, ScoresBody } from '../../../../contracts/api/assess-cadres';
import { type ApiQuery, apiUrl, call, client } from '../../../app/api';

export type { CadreAssessmentView } from '../../../../contracts/api/assess-cadres';

// 村干部考核: the sheet, its scores and confirmation, the county's rules.

export type CadreListQuery = ApiQuery<'/api/assess/cadre-assessments'>;
const key = ['assessments', 'cadres'] as const;

export const assessCadresApi = {
  list: (query: CadreListQuery) => call(client.GET('/api/assess/cadre-assessments', { params: { query } })),
  counts: (year: number) =>
    call(client.GET('/api/assess/cadre-assessments/grade-counts', { params: { query: { year } } })),
  generate: (year: number) => call(client.POST('/api/assess/cadre-assessments/generate', { body: { year } })),
  scores: (cadreAssessmentId: string, body: ScoresBody) =>
    call(
      client.PATCH('/api/assess/cadre-assessments/{cadreAssessmentId}', {
        params: { path: { cadreAssessmentId } },
        body,
      }),
    ),
  confirm: (cadreAssessmentId: string) =>
    call(
      client.POST('/api/assess/cadre-assessments/{cadreAssessmentId}/confirm', {
        params: { path: { cadreAssessmentId } },
      }),
    ),
  confirmTownship: (year: number, township: string) =>
    call(client.POST('/api/assess/cadre-assessments/confirm', { body: { year, township } })),
  exportUrl: (query: CadreListQuery) =>
    apiUrl('/assess/cadre-assessments/export', {
      ...query,
      page: undefined,
      pageSize: undefined,
      sort: undefined,
      order: undefined,
    }),
  rules: () => call(client.GET('/api/assess/cadre-rules')),
  saveRules: (body: CadreRulesBody) => call(client.PUT('/api/assess/cadre-rules', { body })),
};

export const useCadreList = (query: CadreListQuery) =>
  useQuery({
    queryKey: [...key, 'list', query],
    queryFn: () => assessCadresApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useGradeCounts = (year: number) =>
  useQuery({ queryKey: [...key, 'counts', year], queryFn: () => assessCadresApi.counts(year) });

export const useCadreRules = () => useQuery({ queryKey: [...key, 'rules'], queryFn: assessCadresApi.rules });

/** A write that refreshes the sheet, the counts and the rules afterwards. */
export const useCadreMutation = <A, R>(fn: (arg: A) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: key }) });
};
