import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import type {
  AddMemberBody,
  AllianceListQuery,
  CreateActivityBody,
  CreateAllianceBody,
  CreatePairingBody,
  PairingListQuery,
  UpdateAllianceBody,
  UpdatePairingBody,
} from '../../../../contracts/api/economy-pairings';
import { type ApiBody, call, client, upload } from '../../../app/api';

export type {
  ActivityView,
  AllianceDetail,
  AllianceView,
  PairingDetail,
  PairingIncome,
  PairingView,
} from '../../../../contracts/api/economy-pairings';

export type PairingQuery = Partial<PairingListQuery>;
export type AllianceQuery = Partial<AllianceListQuery>;

export const pairingsKey = ['economy', 'pairings'] as const;
export const alliancesKey = ['economy', 'alliances'] as const;

const pairing = (pairingId: string) => ({ params: { path: { pairingId } } });
const alliance = (allianceId: string) => ({ params: { path: { allianceId } } });
const member = (allianceId: string, villageCode: string) => ({
  params: { path: { allianceId, villageCode } },
});

export const pairingsApi = {
  list: (query: PairingQuery) => call(client.GET('/api/economy/pairings', { params: { query } })),
  get: (id: string) => call(client.GET('/api/economy/pairings/{pairingId}', pairing(id))),
  create: (body: CreatePairingBody) =>
    call(client.POST('/api/economy/pairings', { body: body as ApiBody<'/api/economy/pairings', 'post'> })),
  update: (id: string, body: UpdatePairingBody) =>
    call(client.PATCH('/api/economy/pairings/{pairingId}', { ...pairing(id), body })),
  end: (id: string, endYear: number) =>
    call(client.POST('/api/economy/pairings/{pairingId}/end', { ...pairing(id), body: { endYear } })),
  remove: (id: string) => call(client.DELETE('/api/economy/pairings/{pairingId}', pairing(id))),
  restore: (id: string) => call(client.POST('/api/economy/pairings/{pairingId}/restore', pairing(id))),
  addActivity: (id: string, body: CreateActivityBody) =>
    call(client.POST('/api/economy/pairings/{pairingId}/activities', { ...pairing(id), body })),
  removeActivity: (activityId: string) =>
    call(client.DELETE('/api/economy/pairing-activities/{activityId}', { params: { path: { activityId } } })),
  addPhotos: (activityId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('file', file);
    return upload<AttachmentList>(`/attachments/economy_activity/${encodeURIComponent(activityId)}`, form);
  },
  removePhoto: (attachmentId: string) =>
    call(client.DELETE('/api/attachment-files/{attachmentId}', { params: { path: { attachmentId } } })),
  photoUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    `/api/attachment-files/${encodeURIComponent(attachmentId)}?size=${size}`,
};

export const alliancesApi = {
  list: (query: AllianceQuery) => call(client.GET('/api/economy/alliances', { params: { query } })),
  get: (id: string, year?: number) =>
    call(
      client.GET('/api/economy/alliances/{allianceId}', {
        params: { path: { allianceId: id }, query: { year } },
      }),
    ),
  create: (body: CreateAllianceBody) => call(client.POST('/api/economy/alliances', { body })),
  update: (id: string, body: UpdateAllianceBody) =>
    call(client.PATCH('/api/economy/alliances/{allianceId}', { ...alliance(id), body })),
  remove: (id: string) => call(client.DELETE('/api/economy/alliances/{allianceId}', alliance(id))),
  restore: (id: string) => call(client.POST('/api/economy/alliances/{allianceId}/restore', alliance(id))),
  addMember: (id: string, body: AddMemberBody) =>
    call(
      client.POST('/api/economy/alliances/{allianceId}/members', {
        ...alliance(id),
        body: body as ApiBody<'/api/economy/alliances/{allianceId}/members', 'post'>,
      }),
    ),
  setLead: (id: string, villageCode: string, lead: boolean) =>
    call(
      client.PATCH('/api/economy/alliances/{allianceId}/members/{villageCode}', {
        ...member(id, villageCode),
        body: { lead },
      }),
    ),
  removeMember: (id: string, villageCode: string) =>
    call(client.DELETE('/api/economy/alliances/{allianceId}/members/{villageCode}', member(id, villageCode))),
};

export const usePairings = (query: PairingQuery) =>
  useQuery({
    queryKey: [...pairingsKey, 'list', query],
    queryFn: () => pairingsApi.list(query),
    placeholderData: keepPreviousData,
  });

export const usePairing = (id: string) =>
  useQuery({ queryKey: [...pairingsKey, 'one', id], queryFn: () => pairingsApi.get(id), retry: false });

export const useAlliances = (query: AllianceQuery) =>
  useQuery({
    queryKey: [...alliancesKey, 'list', query],
    queryFn: () => alliancesApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useAlliance = (id: string | null, year?: number) =>
  useQuery({
    queryKey: [...alliancesKey, 'one', id, year],
    queryFn: () => alliancesApi.get(id!, year),
    enabled: !!id,
  });

/** 12,345.6 元 from fen; null stays a dash. */
export const yuanOf = (fen: number | null | undefined): string | null =>
  fen == null ? null : (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
