import type { z } from 'zod';
import type {
  CreateTalentBody,
  listTalentsQuerySchema,
  ReviewBody,
  UpdateTalentBody,
} from '../../../contracts/api/talents';
import { call, client } from '../../app/api';

export type TalentQuery = Partial<z.output<typeof listTalentsQuerySchema>>;

const talent = (talentId: string) => ({ params: { path: { talentId } } });

export const talentsApi = {
  list: (query: TalentQuery) => call(client.GET('/api/talents', { params: { query } })),
  get: (id: string) => call(client.GET('/api/talents/{talentId}', talent(id))),
  create: (body: CreateTalentBody) => call(client.POST('/api/talents', { body })),
  update: (id: string, body: UpdateTalentBody) =>
    call(client.PATCH('/api/talents/{talentId}', { ...talent(id), body })),
  submit: (id: string) => call(client.POST('/api/talents/{talentId}/submit', talent(id))),
  review: (id: string, body: ReviewBody) =>
    call(client.POST('/api/talents/{talentId}/review', { ...talent(id), body })),
  file: (id: string, body: ReviewBody) =>
    call(client.POST('/api/talents/{talentId}/file', { ...talent(id), body })),
};
