import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../app/api';

export const regionKeys = {
  all: ['regions'] as const,
  one: (code: string) => ['regions', 'one', code] as const,
  children: (code: string) => ['regions', 'children', code] as const,
  search: (q: string) => ['regions', 'search', q] as const,
};

export const useRegion = (code: string | null | undefined) =>
  useQuery({
    queryKey: regionKeys.one(code ?? ''),
    queryFn: () => api.regions.get(code as string),
    enabled: Boolean(code),
  });

export const useRegionSearch = (q: string) =>
  useQuery({
    queryKey: regionKeys.search(q),
    queryFn: () => api.regions.search(q),
    enabled: q.trim().length > 0,
    placeholderData: (previous) => previous,
  });

/** Loads (or reuses) the children of a region; `fresh` skips the cache after a change. */
export const useFetchChildren = () => {
  const client = useQueryClient();
  return useCallback(
    (code: string, fresh = false) =>
      client.fetchQuery({
        queryKey: regionKeys.children(code),
        queryFn: () => api.regions.children(code).then((r) => r.items),
        staleTime: fresh ? 0 : 60_000,
      }),
    [client],
  );
};

export const useImportCounty = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.regions.importCounty,
    onSuccess: () => client.invalidateQueries({ queryKey: regionKeys.all }),
  });
};

export const useAddGroup = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ villageCode, name }: { villageCode: string; name: string }) =>
      api.regions.addGroup(villageCode, name),
    onSuccess: (_group, { villageCode }) =>
      client.invalidateQueries({ queryKey: regionKeys.one(villageCode) }),
  });
};
