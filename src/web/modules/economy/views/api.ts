import type { z } from 'zod';
import type {
  DrillRow,
  drillSortSchema,
  EconomyDrill,
  EconomySummary,
  EconomyTrend,
  EconomyVillage,
  IncomeBandView,
  SummaryChild,
  TargetProgressView,
  TierCounts,
} from '../../../../contracts/api/economy-views';
import { apiUrl, call, client } from '../../../app/api';

// The views part's routes (docs/economy.md §7). Amounts are fen.

export type {
  DrillRow,
  EconomyDrill,
  EconomySummary,
  EconomyTrend,
  EconomyVillage,
  IncomeBandView,
  SummaryChild,
  TargetProgressView,
  TierCounts,
};
export type DrillSort = z.infer<typeof drillSortSchema>;

/** Which villages a figure stands for: a band, or an income range, under a region. */
export interface DrillFilter {
  year: number;
  regionCode?: string;
  band?: string;
  atLeastFen?: number;
  belowFen?: number;
  withoutAccount?: 'true';
}

export const econViewsApi = {
  summary: (query: { year?: number; regionCode?: string }) =>
    call(client.GET('/api/economy/summary', { params: { query } })) as Promise<EconomySummary>,
  trend: (query: { regionCode?: string; from?: number; to?: number }) =>
    call(client.GET('/api/economy/trend', { params: { query } })) as Promise<EconomyTrend>,
  drill: (query: DrillFilter & { page: number; pageSize: number; sort?: DrillSort }) =>
    call(client.GET('/api/economy/drill', { params: { query } })) as Promise<EconomyDrill>,
  drillExportUrl: (query: DrillFilter & { sort?: DrillSort }) => apiUrl('/economy/drill.xlsx', { ...query }),
  village: (regionCode: string) =>
    call(
      client.GET('/api/economy/villages/{regionCode}', { params: { path: { regionCode } } }),
    ) as Promise<EconomyVillage>,
};

/** 万元 with two decimals, from fen (1 万元 = 1,000,000 fen). */
export const wan = (fen: number): string => (fen / 1_000_000).toFixed(2);
/** 万元 without trailing zeros (5, 10, 12.5), for amounts in labels. */
export const wanShort = (fen: number): string => String(Math.round(fen / 10_000) / 100);
/** 元 with thousands separators, from fen. */
export const yuan = (fen: number): string =>
  (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
/** +12.3% / −4.5% / —. */
export const growthText = (g: number | null): string => (g === null ? '—' : `${g > 0 ? '+' : ''}${g}%`);
