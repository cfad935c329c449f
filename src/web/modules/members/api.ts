import type {
  AdvanceBody,
  DevelopmentRecord,
  DevelopmentRecordDetail,
  DevelopmentTarget,
  ListMembersQuery,
  Member,
  MemberDetail,
} from '../../../contracts/api/members';
import { type Page, apiRequest as request } from '../../app/api';

const enc = encodeURIComponent;

export const membersApi = {
  list: (query: Partial<ListMembersQuery>) => request<Page<Member>>('GET', '/members', { query }),
  get: (memberId: string) => request<MemberDetail>('GET', `/members/${enc(memberId)}`),
  removeContact: (memberId: string, contactId: string) =>
    request<MemberDetail>('DELETE', `/members/${enc(memberId)}/contacts/${enc(contactId)}`),
  records: (query: { stage?: string; page?: number; pageSize?: number }) =>
    request<Page<DevelopmentRecord>>('GET', '/development/records', { query }),
  record: (recordId: string) =>
    request<DevelopmentRecordDetail>('GET', `/development/records/${enc(recordId)}`),
  advance: (recordId: string, body: AdvanceBody) =>
    request<DevelopmentRecordDetail>('POST', `/development/records/${enc(recordId)}/advance`, { body }),
  targets: (year: number) =>
    request<{ items: DevelopmentTarget[] }>('GET', '/development/targets', { query: { year } }),
};
