import type { z } from 'zod';
import type {
  AddGridWorkerBody,
  CreateGridBody,
  Grid,
  GridCard,
  gridWorkerSchema,
  UpdateGridBody,
} from '../../../contracts/api/grids';
import type { Household } from '../../../contracts/api/households';
import type { Org } from '../../../contracts/api/org';
import { type Page, apiRequest as request } from '../../app/api';

export type GridWorker = z.infer<typeof gridWorkerSchema>;
const enc = encodeURIComponent;

export const gridsApi = {
  list: (query: { parentId?: string; regionCode?: string }) =>
    request<{ items: Grid[] }>('GET', '/grids', { query }),
  create: (body: CreateGridBody) => request<Grid>('POST', '/grids', { body }),
  update: (gridId: string, body: UpdateGridBody) => request<Grid>('PATCH', `/grids/${enc(gridId)}`, { body }),
  remove: (gridId: string) => request<{ ok: true }>('DELETE', `/grids/${enc(gridId)}`),
  card: (gridId: string) => request<GridCard>('GET', `/grids/${enc(gridId)}/card`),
  assign: (gridId: string, householdIds: string[]) =>
    request<GridCard>('POST', `/grids/${enc(gridId)}/households`, { body: { householdIds } }),
  addWorker: (gridId: string, body: AddGridWorkerBody) =>
    request<GridWorker>('POST', `/grids/${enc(gridId)}/workers`, { body }),
  updateWorker: (gridId: string, workerId: string, body: Partial<AddGridWorkerBody>) =>
    request<GridWorker>('PATCH', `/grids/${enc(gridId)}/workers/${enc(workerId)}`, { body }),
  removeWorker: (gridId: string, workerId: string) =>
    request<{ ok: true }>('DELETE', `/grids/${enc(gridId)}/workers/${enc(workerId)}`),
  /** Party organizations to bind, from the org registry's list (the server keeps it to the scope). */
  orgs: (regionCode: string) => request<Page<Org>>('GET', '/orgs', { query: { regionCode, pageSize: 200 } }),
  /** Households of a village to choose from (the households registry's list). */
  households: (regionCode: string, q?: string) =>
    request<Page<Household>>('GET', '/households', { query: { regionCode, q, pageSize: 50 } }),
};
