import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  IndicatorBody,
  PatchIndicatorBody,
  PatchSetBody,
} from '../../../../contracts/api/assess-criteria';
import { type ApiBody, call, client } from '../../../app/api';

export type {
  FigureView,
  IndicatorView,
  SetDetail,
  SetSummary,
  WhatIf,
  WhatIfVillage,
} from '../../../../contracts/api/assess-criteria';

// 评定标准 and 推演 (docs/assessments.md §1).

export const criteriaKey = ['assess', 'criteria'] as const;
const at = (setId: string) => ({ params: { path: { setId } } });
const atIndicator = (setId: string, indicatorId: string) => ({ params: { path: { setId, indicatorId } } });

export const criteriaApi = {
  list: (query: { year?: number; status?: 'draft' | 'published' }) =>
    call(client.GET('/api/assess/criteria', { params: { query } })),
  get: (setId: string) => call(client.GET('/api/assess/criteria/{setId}', at(setId))),
  create: (body: { year: number; name?: string }) => call(client.POST('/api/assess/criteria', { body })),
  update: (setId: string, body: PatchSetBody) =>
    call(
      client.PATCH('/api/assess/criteria/{setId}', {
        ...at(setId),
        body: body as ApiBody<'/api/assess/criteria/{setId}', 'patch'>,
      }),
    ),
  remove: (setId: string) => call(client.DELETE('/api/assess/criteria/{setId}', at(setId))),
  copy: (setId: string, body: { year: number; name?: string }) =>
    call(client.POST('/api/assess/criteria/{setId}/copy', { ...at(setId), body })),
  publish: (setId: string) => call(client.POST('/api/assess/criteria/{setId}/publish', at(setId))),
  addIndicator: (setId: string, body: IndicatorBody) =>
    call(
      client.POST('/api/assess/criteria/{setId}/indicators', {
        ...at(setId),
        body: body as ApiBody<'/api/assess/criteria/{setId}/indicators', 'post'>,
      }),
    ),
  updateIndicator: (setId: string, indicatorId: string, body: PatchIndicatorBody) =>
    call(
      client.PATCH('/api/assess/criteria/{setId}/indicators/{indicatorId}', {
        ...atIndicator(setId, indicatorId),
        body: body as ApiBody<'/api/assess/criteria/{setId}/indicators/{indicatorId}', 'patch'>,
      }),
    ),
  removeIndicator: (setId: string, indicatorId: string) =>
    call(
      client.DELETE('/api/assess/criteria/{setId}/indicators/{indicatorId}', atIndicator(setId, indicatorId)),
    ),
  reorder: (setId: string, ids: string[]) =>
    call(client.PUT('/api/assess/criteria/{setId}/indicator-order', { ...at(setId), body: { ids } })),
  whatIf: (setId: string, body: { campaignId?: string; movedOnly?: boolean }) =>
    call(client.POST('/api/assess/criteria/{setId}/what-if', { ...at(setId), body })),
  figures: () => call(client.GET('/api/assess/figures')),
};

export const useSets = (year?: number) =>
  useQuery({
    queryKey: [...criteriaKey, 'list', year ?? null],
    queryFn: () => criteriaApi.list({ year }),
    placeholderData: keepPreviousData,
  });

export const useSet = (setId: string) =>
  useQuery({ queryKey: [...criteriaKey, 'set', setId], queryFn: () => criteriaApi.get(setId) });

export const useFigures = () =>
  useQuery({ queryKey: ['assess', 'figures'], queryFn: criteriaApi.figures, staleTime: 10 * 60_000 });
