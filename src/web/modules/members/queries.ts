import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListMembersQuery } from '../../../contracts/api/members';
import { membersApi, type RecordStage } from './api';

export const membersKey = ['members'] as const;

export const useMembers = (query: Partial<ListMembersQuery>) =>
  useQuery({
    queryKey: [...membersKey, 'list', query],
    queryFn: () => membersApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useMember = (memberId: string | null) =>
  useQuery({
    queryKey: [...membersKey, 'detail', memberId],
    queryFn: () => membersApi.get(memberId as string),
    enabled: !!memberId,
  });

export const useRecords = (stage?: RecordStage) =>
  useQuery({
    queryKey: [...membersKey, 'records', stage ?? null],
    queryFn: () => membersApi.records({ stage, pageSize: 100 }),
  });

export const useTargets = (year: number) =>
  useQuery({ queryKey: [...membersKey, 'targets', year], queryFn: () => membersApi.targets(year) });

const useMembersMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: membersKey }) });
};

export const useRemoveContact = () =>
  useMembersMutation(({ memberId, contactId }: { memberId: string; contactId: string }) =>
    membersApi.removeContact(memberId, contactId),
  );
