import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditFilters, api } from '../../app/api';

export const useAuditLog = (query: AuditFilters) =>
  useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.audit.list(query),
    placeholderData: keepPreviousData,
  });

/** The names of every action and record kind, for the pickers (they change only with a release). */
export const useAuditNames = () =>
  useQuery({ queryKey: ['audit', 'names'], queryFn: () => api.audit.names(), staleTime: Infinity });
