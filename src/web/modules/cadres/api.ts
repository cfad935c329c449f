import type {
  AddTeamMemberBody,
  CreateCadreBody,
  CreateWorkTeamBody,
  UpdateCadreBody,
  UpdateTeamMemberBody,
  UpdateWorkTeamBody,
} from '../../../contracts/api/cadres';
import { type ApiQuery, call, client } from '../../app/api';

export type CadreFilters = Pick<ApiQuery<'/api/cadres'>, 'regionCode' | 'background' | 'isReserve'>;
export type TeamFilters = Pick<ApiQuery<'/api/work-teams'>, 'regionCode' | 'sendingLevel'>;
type ListQuery = { page?: number; pageSize?: number } & CadreFilters;

const cadre = (cadreId: string) => ({ params: { path: { cadreId } } });
const team = (teamId: string) => ({ params: { path: { teamId } } });
const teamMember = (teamId: string, memberId: string) => ({ params: { path: { teamId, memberId } } });

export const cadresApi = {
  list: (query: ListQuery) => call(client.GET('/api/cadres', { params: { query } })),
  stats: () => call(client.GET('/api/cadres/stats')),
  create: (body: CreateCadreBody) => call(client.POST('/api/cadres', { body })),
  update: (id: string, body: UpdateCadreBody) =>
    call(client.PATCH('/api/cadres/{cadreId}', { ...cadre(id), body })),
  remove: (id: string) => call(client.DELETE('/api/cadres/{cadreId}', cadre(id))),
  /** People to choose from (the households registry's person list). */
  persons: (q: string) => call(client.GET('/api/persons', { params: { query: { q, pageSize: 20 } } })),
  teams: (query: { page?: number; pageSize?: number } & TeamFilters) =>
    call(client.GET('/api/work-teams', { params: { query } })),
  teamStats: () => call(client.GET('/api/work-teams/stats')),
  createTeam: (body: CreateWorkTeamBody) => call(client.POST('/api/work-teams', { body })),
  updateTeam: (teamId: string, body: UpdateWorkTeamBody) =>
    call(client.PATCH('/api/work-teams/{teamId}', { ...team(teamId), body })),
  updateMember: (teamId: string, memberId: string, body: UpdateTeamMemberBody) =>
    call(
      client.PATCH('/api/work-teams/{teamId}/members/{memberId}', { ...teamMember(teamId, memberId), body }),
    ),
  addMember: (teamId: string, body: AddTeamMemberBody) =>
    call(client.POST('/api/work-teams/{teamId}/members', { ...team(teamId), body })),
  removeMember: (teamId: string, memberId: string) =>
    call(client.DELETE('/api/work-teams/{teamId}/members/{memberId}', teamMember(teamId, memberId))),
};
