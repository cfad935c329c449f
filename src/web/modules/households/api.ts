import type { z } from 'zod';
import type { HouseholdFile } from '../../../contracts/api/household-file';
import type {
  CreateHouseholdBody,
  CreatePersonBody,
  Household,
  ListHouseholdsQuery,
  ListPersonsQuery,
  movePersonBodySchema,
  Person,
  UpdateHouseholdBody,
  UpdatePersonBody,
} from '../../../contracts/api/households';
import { type Page, apiRequest as request } from '../../app/api';

export type HouseholdQuery = Partial<ListHouseholdsQuery>;
export type PersonQuery = Partial<ListPersonsQuery>;
export type HouseholdProfile = HouseholdFile;
export type MovePersonBody = z.input<typeof movePersonBodySchema>;
export type PiiField = 'idNumber' | 'phone';
const enc = encodeURIComponent;

export const householdsApi = {
  list: (query: HouseholdQuery) => request<Page<Household>>('GET', '/households', { query }),
  persons: (query: PersonQuery) => request<Page<Person>>('GET', '/persons', { query }),
  profile: (id: string) => request<HouseholdProfile>('GET', `/households/${enc(id)}/profile`),
  create: (body: CreateHouseholdBody) => request<Household>('POST', '/households', { body }),
  update: (id: string, body: UpdateHouseholdBody) =>
    request<Household>('PATCH', `/households/${enc(id)}`, { body }),
  remove: (id: string) => request<Household>('DELETE', `/households/${enc(id)}`),
  restore: (id: string) => request<Household>('POST', `/households/${enc(id)}/restore`),
  createPerson: (body: CreatePersonBody) => request<Person>('POST', '/persons', { body }),
  updatePerson: (id: string, body: UpdatePersonBody) =>
    request<Person>('PATCH', `/persons/${enc(id)}`, { body }),
  movePerson: (id: string, body: MovePersonBody) =>
    request<Person>('POST', `/persons/${enc(id)}/move`, { body }),
  removePerson: (id: string) => request<Person>('DELETE', `/persons/${enc(id)}`),
  restorePerson: (id: string) => request<Person>('POST', `/persons/${enc(id)}/restore`),
  reveal: (id: string, field: PiiField, purpose: string) =>
    request<{ value: string | null }>('POST', `/persons/${enc(id)}/reveal`, { body: { field, purpose } }),
};
