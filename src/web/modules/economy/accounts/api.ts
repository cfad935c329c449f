import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LineBody, PatchLineBody, QuarterlyQuery } from '../../../../contracts/api/economy-accounts';
import { type ApiQuery, apiUrl, call, client } from '../../../app/api';

export type {
  AccountDetail,
  AccountView,
  LineView,
  QuarterlyReturn,
  QuarterlyRow,
} from '../../../../contracts/api/economy-accounts';

// 年度收支: the list, one account with its lines, the quarterly return.

export type AccountListQuery = ApiQuery<'/api/economy/accounts'>;
export const accountsKey = ['economy', 'accounts'] as const;

export const econAccountsApi = {
  list: (query: AccountListQuery) => call(client.GET('/api/economy/accounts', { params: { query } })),
  get: (accountId: string) =>
    call(client.GET('/api/economy/accounts/{accountId}', { params: { path: { accountId } } })),
  create: (body: { regionCode: string; year: number; note?: string | null }) =>
    call(client.POST('/api/economy/accounts', { body })),
  patch: (accountId: string, note: string | null) =>
    call(
      client.PATCH('/api/economy/accounts/{accountId}', { params: { path: { accountId } }, body: { note } }),
    ),
  remove: (accountId: string) =>
    call(client.DELETE('/api/economy/accounts/{accountId}', { params: { path: { accountId } } })),
  addLine: (accountId: string, body: LineBody) =>
    call(client.POST('/api/economy/accounts/{accountId}/lines', { params: { path: { accountId } }, body })),
  patchLine: (lineId: string, body: PatchLineBody) =>
    call(client.PATCH('/api/economy/lines/{lineId}', { params: { path: { lineId } }, body })),
  removeLine: (lineId: string) =>
    call(client.DELETE('/api/economy/lines/{lineId}', { params: { path: { lineId } } })),
  quarterly: (query: QuarterlyQuery) =>
    call(client.GET('/api/economy/quarterly-return', { params: { query } })),
  quarterlyUrl: (query: QuarterlyQuery) => apiUrl('/economy/quarterly-return.xlsx', query),
  exportUrl: (query: AccountListQuery) =>
    apiUrl('/economy/accounts/export', { ...query, page: undefined, pageSize: undefined }),
};

export const useAccountList = (query: AccountListQuery) =>
  useQuery({
    queryKey: [...accountsKey, 'list', query],
    queryFn: () => econAccountsApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useAccount = (accountId: string) =>
  useQuery({ queryKey: [...accountsKey, 'one', accountId], queryFn: () => econAccountsApi.get(accountId) });

export const useQuarterly = (query: QuarterlyQuery | null) =>
  useQuery({
    queryKey: [...accountsKey, 'quarterly', query],
    queryFn: () => econAccountsApi.quarterly(query as QuarterlyQuery),
    enabled: query !== null,
  });

/** A write that refreshes every accounts query afterwards. */
export const useAccountsMutation = <A, R>(fn: (arg: A) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: accountsKey }) });
};
