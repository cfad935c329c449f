import type { z } from 'zod';
import type {
  CreateTalentBody,
  listTalentsQuerySchema,
  ReviewBody,
  Talent,
  TalentDetail,
  UpdateTalentBody,
} from '../../../contracts/api/talents';
import { type Page, apiRequest as request } from '../../app/api';

export type TalentQuery = Partial<z.output<typeof listTalentsQuerySchema>>;
const enc = encodeURIComponent;

export const talentsApi = {
  list: (query: TalentQuery) => request<Page<Talent>>('GET', '/talents', { query }),
  get: (id: string) => request<TalentDetail>('GET', `/talents/${enc(id)}`),
  create: (body: CreateTalentBody) => request<TalentDetail>('POST', '/talents', { body }),
  update: (id: string, body: UpdateTalentBody) =>
    request<TalentDetail>('PATCH', `/talents/${enc(id)}`, { body }),
  submit: (id: string) => request<TalentDetail>('POST', `/talents/${enc(id)}/submit`),
  review: (id: string, body: ReviewBody) =>
    request<TalentDetail>('POST', `/talents/${enc(id)}/review`, { body }),
  file: (id: string, body: ReviewBody) => request<TalentDetail>('POST', `/talents/${enc(id)}/file`, { body }),
};
