import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateGridBody } from '../../../contracts/api/grids';
import { gridsApi } from './api';

export const gridsKey = ['grids'] as const;

export const useRootGrids = () =>
  useQuery({ queryKey: [...gridsKey, 'roots'], queryFn: () => gridsApi.list({}) });

export const useGridCard = (gridId: string) =>
  useQuery({ queryKey: [...gridsKey, 'card', gridId], queryFn: () => gridsApi.card(gridId) });

/** Every grid mutation refreshes the grid queries (tree roots and cards). */
const useGridMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: gridsKey }) });
};

export const useDeleteGrid = () => useGridMutation(gridsApi.remove);
export const useUpdateGrid = () =>
  useGridMutation(({ gridId, body }: { gridId: string; body: UpdateGridBody }) =>
    gridsApi.update(gridId, body),
  );
export const useAssignHouseholds = () =>
  useGridMutation(({ gridId, ids }: { gridId: string; ids: string[] }) => gridsApi.assign(gridId, ids));
export const useRemoveWorker = () =>
  useGridMutation(({ gridId, workerId }: { gridId: string; workerId: string }) =>
    gridsApi.removeWorker(gridId, workerId),
  );
