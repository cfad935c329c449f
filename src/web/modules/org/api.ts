import type {
  Coverage,
  CoveredUnit,
  CoveredUnitBody,
  CreateOrgBody,
  Org,
  OrgDetail,
  UpdateCoveredUnitBody,
  UpdateOrgBody,
} from '../../../contracts/api/org';
import { type Page, apiRequest as request } from '../../app/api';

const enc = encodeURIComponent;

export type UnitQuery = { q?: string; page?: number; pageSize?: number };

export const orgApi = {
  tree: (parentId?: string) => request<{ items: Org[] }>('GET', '/orgs/tree', { query: { parentId } }),
  list: (query: { q?: string; deleted?: 'true' | 'false'; page?: number; pageSize?: number }) =>
    request<Page<Org>>('GET', '/orgs', { query }),
  get: (orgId: string) => request<OrgDetail>('GET', `/orgs/${enc(orgId)}`),
  create: (body: CreateOrgBody) => request<Org>('POST', '/orgs', { body }),
  update: (orgId: string, body: UpdateOrgBody) => request<Org>('PATCH', `/orgs/${enc(orgId)}`, { body }),
  remove: (orgId: string) => request<Org>('DELETE', `/orgs/${enc(orgId)}`),
  restore: (orgId: string) => request<Org>('POST', `/orgs/${enc(orgId)}/restore`),
  coverage: (regionCode?: string) => request<Coverage>('GET', '/orgs/coverage', { query: { regionCode } }),
  units: (query: UnitQuery) => request<Page<CoveredUnit>>('GET', '/orgs/units', { query }),
  createUnit: (body: CoveredUnitBody) => request<CoveredUnit>('POST', '/orgs/units', { body }),
  updateUnit: (unitId: string, body: UpdateCoveredUnitBody) =>
    request<CoveredUnit>('PATCH', `/orgs/units/${enc(unitId)}`, { body }),
  removeUnit: (unitId: string) => request<{ ok: true }>('DELETE', `/orgs/units/${enc(unitId)}`),
};
