import type {
  AddTeamMemberBody,
  Cadre,
  CadreStats,
  CreateCadreBody,
  CreateWorkTeamBody,
  UpdateCadreBody,
  UpdateTeamMemberBody,
  UpdateWorkTeamBody,
  WorkTeam,
  WorkTeamStats,
} from '../../../contracts/api/cadres';
import type { Person } from '../../../contracts/api/households';
import { type Page, apiRequest as request } from '../../app/api';

const enc = encodeURIComponent;
export type CadreFilters = { regionCode?: string; background?: string; isReserve?: 'true' | 'false' };
export type TeamFilters = { regionCode?: string; sendingLevel?: string };
type ListQuery = { page?: number; pageSize?: number } & CadreFilters;

export const cadresApi = {
  list: (query: ListQuery) => request<Page<Cadre>>('GET', '/cadres', { query }),
  stats: () => request<CadreStats>('GET', '/cadres/stats'),
  create: (body: CreateCadreBody) => request<Cadre>('POST', '/cadres', { body }),
  update: (id: string, body: UpdateCadreBody) => request<Cadre>('PATCH', `/cadres/${enc(id)}`, { body }),
  remove: (id: string) => request<{ ok: true }>('DELETE', `/cadres/${enc(id)}`),
  /** People to choose from (the households registry's person list). */
  persons: (q: string) => request<Page<Person>>('GET', '/persons', { query: { q, pageSize: 20 } }),
  teams: (query: { page?: number; pageSize?: number } & TeamFilters) =>
    request<Page<WorkTeam>>('GET', '/work-teams', { query }),
  teamStats: () => request<WorkTeamStats>('GET', '/work-teams/stats'),
  createTeam: (body: CreateWorkTeamBody) => request<WorkTeam>('POST', '/work-teams', { body }),
  updateTeam: (teamId: string, body: UpdateWorkTeamBody) =>
    request<WorkTeam>('PATCH', `/work-teams/${enc(teamId)}`, { body }),
  updateMember: (teamId: string, memberId: string, body: UpdateTeamMemberBody) =>
    request<WorkTeam>('PATCH', `/work-teams/${enc(teamId)}/members/${enc(memberId)}`, { body }),
  addMember: (teamId: string, body: AddTeamMemberBody) =>
    request<WorkTeam>('POST', `/work-teams/${enc(teamId)}/members`, { body }),
  removeMember: (teamId: string, memberId: string) =>
    request<WorkTeam>('DELETE', `/work-teams/${enc(teamId)}/members/${enc(memberId)}`),
};
