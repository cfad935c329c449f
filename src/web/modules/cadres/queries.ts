import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddTeamMemberBody, UpdateCadreBody } from '../../../contracts/api/cadres';
import { cadresApi } from './api';

const cadresKey = ['cadres'] as const;

export const useCadres = (query: Parameters<typeof cadresApi.list>[0]) =>
  useQuery({
    queryKey: [...cadresKey, 'list', query],
    queryFn: () => cadresApi.list(query),
    placeholderData: keepPreviousData,
  });
export const useCadreStats = () => useQuery({ queryKey: [...cadresKey, 'stats'], queryFn: cadresApi.stats });
export const useWorkTeams = (query: { page: number; pageSize: number }) =>
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

export const useCreateCadre = () => useCadresMutation(cadresApi.create);
export const useDeleteCadre = () => useCadresMutation(cadresApi.remove);
export const useUpdateCadre = () =>
  useCadresMutation(({ id, body }: { id: string; body: UpdateCadreBody }) => cadresApi.update(id, body));
export const useCreateTeam = () => useCadresMutation(cadresApi.createTeam);
export const useAddMember = () =>
  useCadresMutation(({ teamId, body }: { teamId: string; body: AddTeamMemberBody }) =>
    cadresApi.addMember(teamId, body),
  );
export const useRemoveMember = () =>
  useCadresMutation(({ teamId, memberId }: { teamId: string; memberId: string }) =>
    cadresApi.removeMember(teamId, memberId),
  );
