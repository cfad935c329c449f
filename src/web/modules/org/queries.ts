import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { orgApi, type UnitQuery } from './api';

export const orgKey = ['orgs'] as const;

export const useOrgChildren = (parentId?: string) =>
  useQuery({ queryKey: [...orgKey, 'tree', parentId ?? null], queryFn: () => orgApi.tree(parentId) });

export const useOrg = (orgId: string | null) =>
  useQuery({
    queryKey: [...orgKey, 'detail', orgId],
    queryFn: () => orgApi.get(orgId as string),
    enabled: !!orgId,
  });

export const useOrgSearch = (q: string) =>
  useQuery({
    queryKey: [...orgKey, 'search', q],
    queryFn: () => orgApi.list({ q: q || undefined, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });

export const useUnits = (query: UnitQuery) =>
  useQuery({
    queryKey: [...orgKey, 'units', query],
    queryFn: () => orgApi.units(query),
    placeholderData: keepPreviousData,
  });

export const useCoverage = () =>
  useQuery({ queryKey: [...orgKey, 'coverage'], queryFn: () => orgApi.coverage() });

const useOrgMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: orgKey }) });
};

export const useDeleteOrg = () => useOrgMutation((orgId: string) => orgApi.remove(orgId));
// Saving or removing a unit invalidates every org query, so the coverage rates are fetched again.
export const useDeleteUnit = () => useOrgMutation((unitId: string) => orgApi.removeUnit(unitId));
