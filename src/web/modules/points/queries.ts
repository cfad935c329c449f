import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PointsSystem } from '../../../contracts/api/points';
import { type AccountQuery, type ClaimQuery, pointsApi, type RankingQuery } from './api';

export const pointsKey = ['points'] as const;

export const useRules = (
  query: { system?: PointsSystem; regionCode?: string; includeInactive?: boolean },
  enabled = true,
) => useQuery({ queryKey: [...pointsKey, 'rules', query], queryFn: () => pointsApi.rules(query), enabled });
export const useRuleVersions = (id: string) =>
  useQuery({ queryKey: [...pointsKey, 'versions', id], queryFn: () => pointsApi.ruleVersions(id) });
export const useClaims = (query: ClaimQuery) =>
  useQuery({
    queryKey: [...pointsKey, 'claims', query],
    queryFn: () => pointsApi.claims(query),
    placeholderData: keepPreviousData,
  });
export const useAccounts = (query: AccountQuery) =>
  useQuery({
    queryKey: [...pointsKey, 'accounts', query],
    queryFn: () => pointsApi.accounts(query),
    placeholderData: keepPreviousData,
  });
export const useHolderAccount = (system: PointsSystem, holderId: string | undefined) =>
  useQuery({
    queryKey: [...pointsKey, 'holder', system, holderId],
    queryFn: () => pointsApi.holderAccount(system, holderId as string),
    enabled: !!holderId,
  });
export const useLedger = (accountId: string, page: number, pageSize = 10) =>
  useQuery({
    queryKey: [...pointsKey, 'ledger', accountId, page, pageSize],
    queryFn: () => pointsApi.ledger(accountId, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
export const useMyPoints = (enabled = true) =>
  useQuery({ queryKey: [...pointsKey, 'me'], queryFn: pointsApi.me, enabled });
export const useMyShop = () =>
  useQuery({ queryKey: [...pointsKey, 'me', 'shop'], queryFn: pointsApi.myShop });
export const useRanking = (query: RankingQuery) =>
  useQuery({ queryKey: [...pointsKey, 'ranking', query], queryFn: () => pointsApi.ranking(query) });
export const useBoard = (kind: 'vanguard' | 'smile', villageCode: string | undefined, period: string) =>
  useQuery({
    queryKey: [...pointsKey, 'board', kind, villageCode, period],
    queryFn: () => pointsApi[kind](villageCode as string, period),
    enabled: !!villageCode,
  });
export const useShops = () => useQuery({ queryKey: [...pointsKey, 'shops'], queryFn: pointsApi.shops });
export const useGoods = (shopId: string | undefined, includeInactive = false) =>
  useQuery({
    queryKey: [...pointsKey, 'goods', shopId, includeInactive],
    queryFn: () => pointsApi.goods(shopId as string, includeInactive),
    enabled: !!shopId,
  });
export const useRedemptions = (shopId: string, query: { code?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...pointsKey, 'redemptions', shopId, query],
    queryFn: () => pointsApi.redemptions(shopId, query),
    placeholderData: keepPreviousData,
  });
export const useStatement = (shopId: string, month: string) =>
  useQuery({
    queryKey: [...pointsKey, 'statement', shopId, month],
    queryFn: () => pointsApi.statement(shopId, month),
  });

/** A write of points: afterwards every points query (balances, stock, queues) is fetched again. */
export const usePointsMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: pointsKey }) });
};
