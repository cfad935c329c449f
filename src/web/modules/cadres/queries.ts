import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cadresApi, type TeamFilters } from './api';

export const cadresKey = ['cadres'] as const;

export const useCadres = (query: Parameters<typeof cadresApi.list>[0]) =>
  useQuery({
    queryKey: [...cadresKey, 'list', query],
    queryFn: () => cadresApi.list(query),
    placeholderData: keepPreviousData,
  });
export const useCadreStats = () => useQuery({ queryKey: [...cadresKey, 'stats'], queryFn: cadresApi.stats });
export const useWorkTeams = (query: { page: number; pageSize: number } & TeamFilters) =>
  useQuery({
    queryKey: [...cadresKey, 'teams', query],
    queryFn: () => cadresApi.teams(query),
    placeholderData: keepPreviousData,
  });
export const useWorkTeamStats = () =>
  useQuery({ queryKey: [...cadresKey, 'team-stats'], queryFn: cadresApi.teamStats });

const useCadresMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: cadresKey }) });
};

export const useDeleteCadre = () => useCadresMutation(cadresApi.remove);
/** Refetches everything of this module (lists and figures) after an import. */
export const useRefreshCadres = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: cadresKey });
};
export const useRemoveMember = () =>
  useCadresMutation(({ teamId, memberId }: { teamId: string; memberId: string }) =>
    cadresApi.removeMember(teamId, memberId),
  );
