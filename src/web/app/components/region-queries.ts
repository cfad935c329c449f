import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api';

// Reading regions: used by the region picker of every module and by the regions pages.

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
