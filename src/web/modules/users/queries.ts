import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody } from '../../../contracts/api/users';
import { api, type ListUsersQuery } from '../../app/api';

export const usersKey = ['users'] as const;

export const useUsers = (query: ListUsersQuery) =>
  useQuery({
    queryKey: [...usersKey, 'list', query],
    queryFn: () => api.users.list(query),
    placeholderData: keepPreviousData,
  });

export const useUpdateUser = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateUserBody }) =>
      api.users.update(userId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
};

export const useRevealPhone = () =>
  useMutation({
    mutationFn: ({ userId, purpose }: { userId: string; purpose: string }) =>
      api.users.revealPhone(userId, purpose),
  });
