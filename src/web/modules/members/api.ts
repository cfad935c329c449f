import type {
  AdvanceBody,
  CreateMemberBody,
  CreateRecordBody,
  ListMembersQuery,
  TransferMemberBody,
} from '../../../contracts/api/members';
import { type ApiQuery, call, client } from '../../app/api';

export type RecordStage = ApiQuery<'/api/development/records'>['stage'];

const member = (memberId: string) => ({ params: { path: { memberId } } });
const record = (recordId: string) => ({ params: { path: { recordId } } });

export const membersApi = {
  list: (query: Partial<ListMembersQuery>) => call(client.GET('/api/members', { params: { query } })),
  get: (memberId: string) => call(client.GET('/api/members/{memberId}', member(memberId))),
  create: (body: CreateMemberBody) => call(client.POST('/api/members', { body })),
  transfer: (memberId: string, body: TransferMemberBody) =>
    call(client.POST('/api/members/{memberId}/transfer', { ...member(memberId), body })),
  removeContact: (memberId: string, contactId: string) =>
    call(
      client.DELETE('/api/members/{memberId}/contacts/{contactId}', {
        params: { path: { memberId, contactId } },
      }),
    ),
  records: (query: ApiQuery<'/api/development/records'>) =>
    call(client.GET('/api/development/records', { params: { query } })),
  record: (recordId: string) => call(client.GET('/api/development/records/{recordId}', record(recordId))),
  createRecord: (body: CreateRecordBody) => call(client.POST('/api/development/records', { body })),
  advance: (recordId: string, body: AdvanceBody) =>
    call(client.POST('/api/development/records/{recordId}/advance', { ...record(recordId), body })),
  targets: (year: number) => call(client.GET('/api/development/targets', { params: { query: { year } } })),
  setTarget: (body: { regionCode: string; year: number; target: number }) =>
    call(client.PUT('/api/development/targets', { body })),
};
