import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, apiUrl, call, client } from '../../../app/api';

export type {
  AtRiskRow,
  RuleView,
  SignalView,
  ThresholdView,
} from '../../../../contracts/api/visits-monitoring';

// 防返贫监测: the at-risk list, thresholds, rules and their versions, the sweep.

export type AtRiskQuery = ApiQuery<'/api/monitoring/at-risk'>;
export const monitoringKey = ['visits', 'monitoring'] as const;

export const monitoringApi = {
  atRisk: (query: AtRiskQuery) => call(client.GET('/api/monitoring/at-risk', { params: { query } })),
  villages: (query: AtRiskQuery) =>
    call(
      client.GET('/api/monitoring/at-risk/villages', {
        params: { query: { ...query, page: undefined, pageSize: undefined, sort: undefined } },
      }),
    ),
  exportUrl: (query: AtRiskQuery) =>
    apiUrl('/monitoring/at-risk/export', { ...query, page: undefined, pageSize: undefined }),
  dismiss: (signalId: string, reason: string) =>
    call(
      client.POST('/api/monitoring/signals/{signalId}/dismiss', {
        params: { path: { signalId } },
        body: { reason },
      }),
    ),
  thresholds: () => call(client.GET('/api/monitoring/thresholds')),
  createThreshold: (body: { year: number; amountYuan: number; note?: string | null }) =>
    call(client.POST('/api/monitoring/thresholds', { body })),
  patchThreshold: (thresholdId: string, body: { amountYuan?: number; note?: string | null }) =>
    call(
      client.PATCH('/api/monitoring/thresholds/{thresholdId}', { params: { path: { thresholdId } }, body }),
    ),
  deleteThreshold: (thresholdId: string) =>
    call(client.DELETE('/api/monitoring/thresholds/{thresholdId}', { params: { path: { thresholdId } } })),
  rules: () => call(client.GET('/api/monitoring/rules')),
  versions: (code: string) =>
    call(client.GET('/api/monitoring/rules/{code}/versions', { params: { path: { code } } })),
  newVersion: (code: string, body: { name?: string; params?: Record<string, unknown>; enabled?: boolean }) =>
    call(client.POST('/api/monitoring/rules/{code}/versions', { params: { path: { code } }, body })),
  sweep: () => call(client.POST('/api/monitoring/sweep')),
};

export const useAtRisk = (query: AtRiskQuery) =>
  useQuery({
    queryKey: [...monitoringKey, 'at-risk', query],
    queryFn: () => monitoringApi.atRisk(query),
    placeholderData: keepPreviousData,
  });

export const useAtRiskVillages = (query: AtRiskQuery) =>
  useQuery({
    queryKey: [
      ...monitoringKey,
      'villages',
      { ...query, page: undefined, pageSize: undefined, sort: undefined },
    ],
    queryFn: () => monitoringApi.villages(query),
    placeholderData: keepPreviousData,
  });

export const useThresholds = () =>
  useQuery({ queryKey: [...monitoringKey, 'thresholds'], queryFn: monitoringApi.thresholds });
export const useRules = () =>
  useQuery({ queryKey: [...monitoringKey, 'rules'], queryFn: monitoringApi.rules });
export const useRuleVersions = (code: string | null) =>
  useQuery({
    queryKey: [...monitoringKey, 'versions', code],
    queryFn: () => monitoringApi.versions(code as string),
    enabled: code !== null,
  });

/** A write that refreshes every monitoring query afterwards. */
export const useMonitoringWrite = <A, R>(fn: (args: A) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKey }),
  });
};
