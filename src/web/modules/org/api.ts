import type {
  CoveredUnitBody,
  CreateOrgBody,
  UpdateCoveredUnitBody,
  UpdateOrgBody,
} from '../../../contracts/api/org';
import { call, client } from '../../app/api';

export type UnitQuery = { q?: string; page?: number; pageSize?: number };

const org = (orgId: string) => ({ params: { path: { orgId } } });
const unit = (unitId: string) => ({ params: { path: { unitId } } });

export const orgApi = {
  tree: (parentId?: string) => call(client.GET('/api/orgs/tree', { params: { query: { parentId } } })),
  list: (query: { q?: string; deleted?: 'true' | 'false'; page?: number; pageSize?: number }) =>
    call(client.GET('/api/orgs', { params: { query } })),
  get: (orgId: string) => call(client.GET('/api/orgs/{orgId}', org(orgId))),
  create: (body: CreateOrgBody) => call(client.POST('/api/orgs', { body })),
  update: (orgId: string, body: UpdateOrgBody) =>
    call(client.PATCH('/api/orgs/{orgId}', { ...org(orgId), body })),
  remove: (orgId: string) => call(client.DELETE('/api/orgs/{orgId}', org(orgId))),
  restore: (orgId: string) => call(client.POST('/api/orgs/{orgId}/restore', org(orgId))),
  coverage: (regionCode?: string) =>
    call(client.GET('/api/orgs/coverage', { params: { query: { regionCode } } })),
  units: (query: UnitQuery) => call(client.GET('/api/orgs/units', { params: { query } })),
  createUnit: (body: CoveredUnitBody) => call(client.POST('/api/orgs/units', { body })),
  updateUnit: (unitId: string, body: UpdateCoveredUnitBody) =>
    call(client.PATCH('/api/orgs/units/{unitId}', { ...unit(unitId), body })),
  removeUnit: (unitId: string) => call(client.DELETE('/api/orgs/units/{unitId}', unit(unitId))),
};
