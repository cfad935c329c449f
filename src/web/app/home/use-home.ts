import { useQuery } from '@tanstack/react-query';
import { call, client } from '../api';

export const HOME_KEY = ['home'] as const;

/** 工作台: pending work and shortcuts. Refetched when the page regains focus, so badges stay true. */
export const useHome = () =>
  useQuery({
    queryKey: HOME_KEY,
    queryFn: () => call(client.GET('/api/home')),
    refetchOnWindowFocus: true,
    staleTime: 15_000,
  });

/** Pending counts by the page they open, for the menu's badges. */
export const usePendingByPath = (): Map<string, number> => {
  const home = useHome();
  const out = new Map<string, number>();
  for (const p of home.data?.pending ?? []) out.set(p.path, (out.get(p.path) ?? 0) + p.count);
  return out;
};
