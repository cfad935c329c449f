import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type HouseholdQuery, householdsApi, type PersonQuery, type PiiField } from './api';

export const householdsKey = ['households'] as const;

export const useHouseholds = (query: HouseholdQuery, enabled = true) =>
  useQuery({
    queryKey: [...householdsKey, 'list', query],
    queryFn: () => householdsApi.list(query),
    placeholderData: keepPreviousData,
    enabled,
  });

/** One row per person, with the same filters (the "members" view of the list page). */
export const usePersons = (query: PersonQuery, enabled = true) =>
  useQuery({
    queryKey: [...householdsKey, 'persons', query],
    queryFn: () => householdsApi.persons(query),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useHouseholdProfile = (id: string) =>
  useQuery({ queryKey: [...householdsKey, 'profile', id], queryFn: () => householdsApi.profile(id) });

const useHouseholdMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: householdsKey }),
  });
};

export const useDeleteHousehold = () => useHouseholdMutation(householdsApi.remove);
export const useRestoreHousehold = () => useHouseholdMutation(householdsApi.restore);
export const useDeletePerson = () => useHouseholdMutation(householdsApi.removePerson);
export const useRestorePerson = () => useHouseholdMutation(householdsApi.restorePerson);
export const useRevealPerson = () =>
  useMutation({
    mutationFn: ({ id, field, purpose }: { id: string; field: PiiField; purpose: string }) =>
      householdsApi.reveal(id, field, purpose),
  });
/** Refreshes lists after an import has written rows. */
export const useRefreshHouseholds = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: householdsKey });
};
