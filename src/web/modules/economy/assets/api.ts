import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AssetBody,
  AssetListQuery,
  BenefitBody,
  BenefitListQuery,
  EntityBody,
  EntityListQuery,
  UpdateAssetBody,
  UpdateBenefitBody,
  UpdateEntityBody,
} from '../../../../contracts/api/economy-assets';
import { type ApiBody, apiUrl, call, client } from '../../../app/api';

export type {
  AssetSummary,
  AssetView,
  BenefitView,
  EntityView,
} from '../../../../contracts/api/economy-assets';

export type AssetQuery = Partial<AssetListQuery>;
export type EntityQuery = Partial<EntityListQuery>;
export type BenefitQuery = Partial<BenefitListQuery>;

export const econAssetsKey = ['economy', 'assets'] as const;

const withoutPage = <Q extends { page?: number; pageSize?: number }>({
  page: _p,
  pageSize: _s,
  ...rest
}: Q) => rest;

export const econAssetsApi = {
  assets: (query: AssetQuery) =>
    call(client.GET('/api/economy/assets', { params: { query: query as never } })),
  summary: (query: { regionCode?: string; year?: number }) =>
    call(client.GET('/api/economy/assets/summary', { params: { query } })),
  createAsset: (body: AssetBody) =>
    call(client.POST('/api/economy/assets', { body: body as ApiBody<'/api/economy/assets', 'post'> })),
  updateAsset: (assetId: string, body: UpdateAssetBody) =>
    call(
      client.PATCH('/api/economy/assets/{assetId}', {
        params: { path: { assetId } },
        body: body as ApiBody<'/api/economy/assets/{assetId}', 'patch'>,
      }),
    ),
  deleteAsset: (assetId: string) =>
    call(client.DELETE('/api/economy/assets/{assetId}', { params: { path: { assetId } } })),
  restoreAsset: (assetId: string) =>
    call(client.POST('/api/economy/assets/{assetId}/restore', { params: { path: { assetId } } })),
  assetsExportUrl: (query: AssetQuery) => apiUrl('/economy/assets/export', withoutPage(query)),

  entities: (query: EntityQuery) =>
    call(client.GET('/api/economy/entities', { params: { query: query as never } })),
  createEntity: (body: EntityBody) =>
    call(client.POST('/api/economy/entities', { body: body as ApiBody<'/api/economy/entities', 'post'> })),
  updateEntity: (entityId: string, body: UpdateEntityBody) =>
    call(
      client.PATCH('/api/economy/entities/{entityId}', {
        params: { path: { entityId } },
        body: body as ApiBody<'/api/economy/entities/{entityId}', 'patch'>,
      }),
    ),
  deleteEntity: (entityId: string) =>
    call(client.DELETE('/api/economy/entities/{entityId}', { params: { path: { entityId } } })),
  restoreEntity: (entityId: string) =>
    call(client.POST('/api/economy/entities/{entityId}/restore', { params: { path: { entityId } } })),
  entitiesExportUrl: (query: EntityQuery) => apiUrl('/economy/entities/export', withoutPage(query)),

  benefits: (query: BenefitQuery) =>
    call(client.GET('/api/economy/benefits', { params: { query: query as never } })),
  createBenefit: (body: BenefitBody) =>
    call(client.POST('/api/economy/benefits', { body: body as ApiBody<'/api/economy/benefits', 'post'> })),
  updateBenefit: (benefitId: string, body: UpdateBenefitBody) =>
    call(
      client.PATCH('/api/economy/benefits/{benefitId}', {
        params: { path: { benefitId } },
        body: body as ApiBody<'/api/economy/benefits/{benefitId}', 'patch'>,
      }),
    ),
  deleteBenefit: (benefitId: string) =>
    call(client.DELETE('/api/economy/benefits/{benefitId}', { params: { path: { benefitId } } })),
  benefitsExportUrl: (query: BenefitQuery) => apiUrl('/economy/benefits/export', withoutPage(query)),
};

export const useAssets = (query: AssetQuery) =>
  useQuery({
    queryKey: [...econAssetsKey, 'assets', query],
    queryFn: () => econAssetsApi.assets(query),
    placeholderData: keepPreviousData,
  });

export const useAssetSummary = (query: { regionCode?: string; year?: number }) =>
  useQuery({
    queryKey: [...econAssetsKey, 'summary', query],
    queryFn: () => econAssetsApi.summary(query),
  });

export const useEntities = (query: EntityQuery) =>
  useQuery({
    queryKey: [...econAssetsKey, 'entities', query],
    queryFn: () => econAssetsApi.entities(query),
    placeholderData: keepPreviousData,
  });

export const useBenefits = (query: BenefitQuery) =>
  useQuery({
    queryKey: [...econAssetsKey, 'benefits', query],
    queryFn: () => econAssetsApi.benefits(query),
    placeholderData: keepPreviousData,
  });

/** Fen as 元 with two decimals and thousands separators (12,000.00); — when unknown. */
export const formatYuan = (fen: number | null | undefined): string =>
  fen == null
    ? '—'
    : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 元 typed in a form (may have two decimals) as fen. */
export const toFen = (yuan: number | null | undefined): number | null =>
  yuan == null ? null : Math.round(yuan * 100);

export const toYuan = (fen: number | null | undefined): number | undefined =>
  fen == null ? undefined : fen / 100;

/** A text field left blank is sent as null (cleared). */
export const blankToNull = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);
