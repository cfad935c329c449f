import type { z } from 'zod';
import type {
  AddGridWorkerBody,
  CreateGridBody,
  gridWorkerSchema,
  UpdateGridBody,
} from '../../../contracts/api/grids';
import { call, client } from '../../app/api';

export type GridWorker = z.infer<typeof gridWorkerSchema>;

const grid = (gridId: string) => ({ params: { path: { gridId } } });
const worker = (gridId: string, workerId: string) => ({ params: { path: { gridId, workerId } } });

export const gridsApi = {
  list: (query: { parentId?: string; regionCode?: string }) =>
    call(client.GET('/api/grids', { params: { query } })),
  create: (body: CreateGridBody) => call(client.POST('/api/grids', { body })),
  update: (gridId: string, body: UpdateGridBody) =>
    call(client.PATCH('/api/grids/{gridId}', { ...grid(gridId), body })),
  remove: (gridId: string) => call(client.DELETE('/api/grids/{gridId}', grid(gridId))),
  card: (gridId: string) => call(client.GET('/api/grids/{gridId}/card', grid(gridId))),
  assign: (gridId: string, householdIds: string[]) =>
    call(client.POST('/api/grids/{gridId}/households', { ...grid(gridId), body: { householdIds } })),
  addWorker: (gridId: string, body: AddGridWorkerBody) =>
    call(client.POST('/api/grids/{gridId}/workers', { ...grid(gridId), body })),
  updateWorker: (gridId: string, workerId: string, body: Partial<AddGridWorkerBody>) =>
    call(client.PATCH('/api/grids/{gridId}/workers/{workerId}', { ...worker(gridId, workerId), body })),
  removeWorker: (gridId: string, workerId: string) =>
    call(client.DELETE('/api/grids/{gridId}/workers/{workerId}', worker(gridId, workerId))),
  /** Party organizations to bind, from the org registry's list (the server keeps it to the scope). */
  orgs: (regionCode: string) =>
    call(client.GET('/api/orgs', { params: { query: { regionCode, pageSize: 200 } } })),
  /** Households of a village to choose from (the households registry's list). */
  households: (regionCode: string, q?: string) =>
    call(client.GET('/api/households', { params: { query: { regionCode, q, pageSize: 50 } } })),
};
