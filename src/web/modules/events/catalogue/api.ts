import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CreateEventBody } from '../../../../contracts/api/events';
import type {
  CategoryBody,
  ServiceItemBody,
  UpdateCategoryBody,
  UpdateServiceItemBody,
} from '../../../../contracts/api/events-catalogue';
import { type ApiBody, call, client } from '../../../app/api';

export type { CategoryView, ServiceItemView } from '../../../../contracts/api/events-catalogue';

export const catalogueKey = ['events', 'catalogue'] as const;

export const catalogueApi = {
  categories: (includeInactive?: boolean) =>
    call(
      client.GET('/api/events/categories', {
        params: { query: { includeInactive: includeInactive ? 'true' : undefined } },
      }),
    ),
  createCategory: (body: CategoryBody) =>
    call(client.POST('/api/events/categories', { body: body as ApiBody<'/api/events/categories', 'post'> })),
  updateCategory: (categoryId: string, body: UpdateCategoryBody) =>
    call(
      client.PATCH('/api/events/categories/{categoryId}', {
        params: { path: { categoryId } },
        body: body as ApiBody<'/api/events/categories/{categoryId}', 'patch'>,
      }),
    ),
  services: (includeInactive?: boolean) =>
    call(
      client.GET('/api/events/services', {
        params: { query: { includeInactive: includeInactive ? 'true' : undefined } },
      }),
    ),
  createService: (body: ServiceItemBody) =>
    call(client.POST('/api/events/services', { body: body as ApiBody<'/api/events/services', 'post'> })),
  updateService: (itemId: string, body: UpdateServiceItemBody) =>
    call(
      client.PATCH('/api/events/services/{itemId}', {
        params: { path: { itemId } },
        body: body as ApiBody<'/api/events/services/{itemId}', 'patch'>,
      }),
    ),
  request: (body: CreateEventBody, key: string) =>
    call(
      client.POST('/api/events', {
        body: body as ApiBody<'/api/events', 'post'>,
        params: { header: { 'idempotency-key': key } },
      }),
    ),
};

export const useCategories = (includeInactive?: boolean) =>
  useQuery({
    queryKey: [...catalogueKey, 'categories', !!includeInactive],
    queryFn: () => catalogueApi.categories(includeInactive),
    placeholderData: keepPreviousData,
  });
export const useServiceItems = (includeInactive?: boolean) =>
  useQuery({
    queryKey: [...catalogueKey, 'services', !!includeInactive],
    queryFn: () => catalogueApi.services(includeInactive),
    placeholderData: keepPreviousData,
  });
