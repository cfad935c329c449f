import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CreateContactLogBody,
  CreateLeaderContactBody,
  CreateTourBody,
  LeadersQuery,
  RecordStepBody,
  UpdateLeaderContactBody,
  UpdateTourBody,
} from '../../../../contracts/api/visits-contacts';
import { type ApiBody, apiUrl, call, client } from '../../../app/api';

export type {
  ContactLogView,
  LeaderContactView,
  LeaderView,
  StationedCadreView,
  TourView,
} from '../../../../contracts/api/visits-contacts';

// The contacts part's calls (十联六常, 十步法, 书记拉练) and their queries.

export const contactsKey = ['visits', 'contacts'] as const;

const contact = (contactId: string) => ({ params: { path: { contactId } } });
const tour = (tourId: string) => ({ params: { path: { tourId } } });
const step = (tenStepId: string) => ({ params: { path: { tenStepId } } });

export const contactsApi = {
  leaders: (query: Partial<LeadersQuery>) => call(client.GET('/api/contacts/leaders', { params: { query } })),
  exportUrl: (query: Partial<LeadersQuery>) => apiUrl('/contacts/leaders/export', query),
  create: (body: CreateLeaderContactBody) =>
    call(
      client.POST('/api/contacts/leader-contacts', {
        body: body as ApiBody<'/api/contacts/leader-contacts', 'post'>,
      }),
    ),
  update: (id: string, body: UpdateLeaderContactBody) =>
    call(client.PATCH('/api/contacts/leader-contacts/{contactId}', { ...contact(id), body })),
  remove: (id: string) => call(client.DELETE('/api/contacts/leader-contacts/{contactId}', contact(id))),
  restore: (id: string) =>
    call(client.POST('/api/contacts/leader-contacts/{contactId}/restore', contact(id))),
  logs: (id: string) => call(client.GET('/api/contacts/leader-contacts/{contactId}/logs', contact(id))),
  log: (id: string, body: CreateContactLogBody) =>
    call(client.POST('/api/contacts/leader-contacts/{contactId}/logs', { ...contact(id), body })),
  removeLog: (logId: string) =>
    call(client.DELETE('/api/contacts/logs/{logId}', { params: { path: { logId } } })),
  tenSteps: (regionCode?: string) =>
    call(client.GET('/api/contacts/ten-steps', { params: { query: { regionCode } } })),
  recordStep: (body: RecordStepBody) => call(client.POST('/api/contacts/ten-steps', { body })),
  removeStep: (id: string) => call(client.DELETE('/api/contacts/ten-steps/{tenStepId}', step(id))),
  restoreStep: (id: string) => call(client.POST('/api/contacts/ten-steps/{tenStepId}/restore', step(id))),
  tours: (query: { year?: number; regionCode?: string }) =>
    call(client.GET('/api/contacts/tours', { params: { query } })),
  createTour: (body: CreateTourBody) =>
    call(client.POST('/api/contacts/tours', { body: body as ApiBody<'/api/contacts/tours', 'post'> })),
  updateTour: (id: string, body: UpdateTourBody) =>
    call(client.PATCH('/api/contacts/tours/{tourId}', { ...tour(id), body })),
  removeTour: (id: string) => call(client.DELETE('/api/contacts/tours/{tourId}', tour(id))),
  restoreTour: (id: string) => call(client.POST('/api/contacts/tours/{tourId}/restore', tour(id))),
};

export const useLeaders = (query: Partial<LeadersQuery>) =>
  useQuery({
    queryKey: [...contactsKey, 'leaders', query],
    queryFn: () => contactsApi.leaders(query),
    placeholderData: keepPreviousData,
  });

export const useContactLogs = (id: string) =>
  useQuery({ queryKey: [...contactsKey, 'logs', id], queryFn: () => contactsApi.logs(id) });

export const useTenSteps = (regionCode?: string) =>
  useQuery({
    queryKey: [...contactsKey, 'steps', regionCode],
    queryFn: () => contactsApi.tenSteps(regionCode),
    placeholderData: keepPreviousData,
  });

export const useTours = (query: { year?: number; regionCode?: string }) =>
  useQuery({
    queryKey: [...contactsKey, 'tours', query],
    queryFn: () => contactsApi.tours(query),
    placeholderData: keepPreviousData,
  });

/** Today in Beijing (YYYY-MM-DD), the default date of a log. */
export const beijingToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
