import type { z } from 'zod';
import type {
  ListHouseholdsQuery,
  ListPersonsQuery,
  movePersonBodySchema,
} from '../../../contracts/api/households';
import { type ApiBody, call, client } from '../../app/api';

export type HouseholdQuery = Partial<ListHouseholdsQuery>;
export type PersonQuery = Partial<ListPersonsQuery>;
export type CreateHouseholdBody = ApiBody<'/api/households', 'post'>;
export type UpdateHouseholdBody = ApiBody<'/api/households/{householdId}', 'patch'>;
export type CreatePersonBody = ApiBody<'/api/persons', 'post'>;
export type UpdatePersonBody = ApiBody<'/api/persons/{personId}', 'patch'>;
export type MovePersonBody = z.input<typeof movePersonBodySchema>;
/** A GB 3304 code: the bodies accept only these (the answers say string). */
export type Ethnicity = NonNullable<CreatePersonBody['ethnicity']>;
export type PiiField = 'idNumber' | 'phone';

const household = (householdId: string) => ({ params: { path: { householdId } } });
const person = (personId: string) => ({ params: { path: { personId } } });

export const householdsApi = {
  list: (query: HouseholdQuery) => call(client.GET('/api/households', { params: { query } })),
  persons: (query: PersonQuery) => call(client.GET('/api/persons', { params: { query } })),
  profile: (id: string) => call(client.GET('/api/households/{householdId}/profile', household(id))),
  create: (body: CreateHouseholdBody) => call(client.POST('/api/households', { body })),
  update: (id: string, body: UpdateHouseholdBody) =>
    call(client.PATCH('/api/households/{householdId}', { ...household(id), body })),
  remove: (id: string) => call(client.DELETE('/api/households/{householdId}', household(id))),
  restore: (id: string) => call(client.POST('/api/households/{householdId}/restore', household(id))),
  createPerson: (body: CreatePersonBody) => call(client.POST('/api/persons', { body })),
  updatePerson: (id: string, body: UpdatePersonBody) =>
    call(client.PATCH('/api/persons/{personId}', { ...person(id), body })),
  movePerson: (id: string, body: MovePersonBody) =>
    call(client.POST('/api/persons/{personId}/move', { ...person(id), body })),
  removePerson: (id: string) => call(client.DELETE('/api/persons/{personId}', person(id))),
  restorePerson: (id: string) => call(client.POST('/api/persons/{personId}/restore', person(id))),
  reveal: (id: string, field: PiiField, purpose: string) =>
    call(client.POST('/api/persons/{personId}/reveal', { ...person(id), body: { field, purpose } })),
};

/** The household's file (档案); the generated type leaves out the null-only slots (visits, events). */
export type HouseholdProfile = Awaited<ReturnType<typeof householdsApi.profile>>;
