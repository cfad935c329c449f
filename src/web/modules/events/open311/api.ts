import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../app/api';

// The county admin's Open311 API keys.

const key = ['events', 'open311-keys'] as const;

export const useOpen311Keys = () =>
  useQuery({ queryKey: key, queryFn: () => call(client.GET('/api/events/open311-keys')) });

export const useCreateOpen311Key = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call(client.POST('/api/events/open311-keys', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
};

export const useRevokeOpen311Key = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) =>
      call(client.POST('/api/events/open311-keys/{keyId}/revoke', { params: { path: { keyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
};
