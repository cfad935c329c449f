import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditFilters, api } from '../../app/api';

export const useAuditLog = (query: AuditFilters) =>
  useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.audit.list(query),
    placeholderData: keepPreviousData,
  });
