import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PlanBody,
  PlanListQuery,
  PlanPatch,
  SettingsBody,
  TargetBody,
  TargetPatch,
  WeakVillagesQuery,
} from '../../../../contracts/api/economy-plans';
import { apiUrl, call, client } from '../../../app/api';

// 档次与目标、一村一方案、消除薄弱村's calls (docs/economy.md §4).

export type PlansQuery = Partial<PlanListQuery>;
export type WeakQuery = Partial<WeakVillagesQuery> & { year: number };

export const plansApi = {
  settings: () => call(client.GET('/api/economy/settings')),
  putSettings: (body: SettingsBody) => call(client.PUT('/api/economy/settings', { body })),
  targets: () => call(client.GET('/api/economy/targets')),
  createTarget: (body: TargetBody) => call(client.POST('/api/economy/targets', { body })),
  updateTarget: (targetId: string, body: TargetPatch) =>
    call(client.PATCH('/api/economy/targets/{targetId}', { params: { path: { targetId } }, body })),
  deleteTarget: (targetId: string) =>
    call(client.DELETE('/api/economy/targets/{targetId}', { params: { path: { targetId } } })),
  progress: (targetId: string, query: { regionCode?: string; year?: number }) =>
    call(client.GET('/api/economy/targets/{targetId}/progress', { params: { path: { targetId }, query } })),
  plans: (query: PlansQuery) => call(client.GET('/api/economy/plans', { params: { query: query as never } })),
  createPlan: (body: PlanBody) => call(client.POST('/api/economy/plans', { body: body as never })),
  updatePlan: (planId: string, body: PlanPatch) =>
    call(client.PATCH('/api/economy/plans/{planId}', { params: { path: { planId } }, body: body as never })),
  deletePlan: (planId: string) =>
    call(client.DELETE('/api/economy/plans/{planId}', { params: { path: { planId } } })),
  restorePlan: (planId: string) =>
    call(client.POST('/api/economy/plans/{planId}/restore', { params: { path: { planId } } })),
  weak: (query: WeakQuery) =>
    call(client.GET('/api/economy/weak-villages', { params: { query: query as never } })),
  weakExportUrl: (query: WeakQuery) =>
    apiUrl('/economy/weak-villages/export', { ...query, page: undefined, pageSize: undefined } as never),
};

const KEY = 'economy-plans';

export const useSettings = () => useQuery({ queryKey: [KEY, 'settings'], queryFn: plansApi.settings });
export const useTargets = () => useQuery({ queryKey: [KEY, 'targets'], queryFn: plansApi.targets });
export const useProgress = (targetId: string, query: { regionCode?: string; year?: number }) =>
  useQuery({
    queryKey: [KEY, 'progress', targetId, query],
    queryFn: () => plansApi.progress(targetId, query),
  });
export const usePlans = (query: PlansQuery) =>
  useQuery({
    queryKey: [KEY, 'plans', query],
    queryFn: () => plansApi.plans(query),
    placeholderData: keepPreviousData,
  });
export const useWeakVillages = (query: WeakQuery) =>
  useQuery({
    queryKey: [KEY, 'weak', query],
    queryFn: () => plansApi.weak(query),
    placeholderData: keepPreviousData,
  });

/** Every query of this page, refetched after a write. */
export const PLANS_KEY = [KEY] as const;

export const usePlansMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: PLANS_KEY }) });
};

/** 元 from fen, with thousands separators. */
export const yuan = (fen: number): string =>
  (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
