import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CampaignDetail,
  CampaignView,
  CreateCampaignBody,
  NoticeDetail,
  noticeListSchema,
  ObjectionBody,
  ObjectionView,
  PutScoreBody,
  RatingActionBody,
  RatingListQuery,
  RatingRow,
  RatingSheet,
  VillageStars,
} from '../../../../contracts/api/assess-campaign';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import { apiUrl, call, client, type Page, upload } from '../../../app/api';

// The calls of the star-rating pages (docs/assessments.md §2). They go by path: the campaign
// routes are typed by the zod contracts (contracts/api/assess-campaign.ts) shared with the server.

type Query = Record<string, string | number | boolean | undefined>;
type Untyped = (
  path: string,
  init?: { params?: { query?: Query }; body?: unknown },
) => Promise<{ data?: unknown; response: Response }>;
const GET = client.GET as unknown as Untyped;
const POST = client.POST as unknown as Untyped;
const PUT = client.PUT as unknown as Untyped;

const at = (strings: TemplateStringsArray, ...ids: string[]) =>
  strings.reduce((out, s, i) => out + s + (i < ids.length ? encodeURIComponent(ids[i]!) : ''), '');

const get = async <T>(path: string, query?: Query) => (await call(GET(path, { params: { query } }))) as T;
const post = async <T>(path: string, body: unknown = {}) => (await call(POST(path, { body }))) as T;

export type CampaignSet = { id: string; name: string; year: number; version?: number; status: string };
export type NoticeList = z.infer<typeof noticeListSchema>;
export type RatingFilters = Partial<RatingListQuery>;

export const campaignApi = {
  campaigns: (query: { year?: number; status?: string; page?: number; pageSize?: number }) =>
    get<Page<CampaignView>>('/api/assess/campaigns', query),
  campaign: (campaignId: string) => get<CampaignDetail>(at`/api/assess/campaigns/${campaignId}`),
  create: (body: CreateCampaignBody) => post<CampaignDetail>('/api/assess/campaigns', body),
  /** The criteria part's published sets, to choose the one a new campaign applies. */
  publishedSets: async () =>
    (await get<{ items: CampaignSet[] } | CampaignSet[]>('/api/assess/criteria', { status: 'published' })) as
      | { items: CampaignSet[] }
      | CampaignSet[],
  campaignAction: (campaignId: string, action: 'startNotice' | 'publish') =>
    post<unknown>(at`/api/assess/campaigns/${campaignId}/actions/${action}`),
  ratings: (campaignId: string, query: RatingFilters) =>
    get<Page<RatingRow>>(at`/api/assess/campaigns/${campaignId}/ratings`, query as Query),
  rating: (ratingId: string) => get<RatingSheet>(at`/api/assess/ratings/${ratingId}`),
  myRating: () => get<{ rating: RatingSheet | null }>('/api/assess/my-rating'),
  putScore: async (ratingId: string, code: string, body: PutScoreBody) =>
    (await call(PUT(at`/api/assess/ratings/${ratingId}/scores/${code}`, { body }))) as unknown,
  refresh: (ratingId: string) => post<unknown>(at`/api/assess/ratings/${ratingId}/refresh`),
  ratingAction: (ratingId: string, action: string, body: RatingActionBody = {}) =>
    post<unknown>(at`/api/assess/ratings/${ratingId}/actions/${action}`, body),
  reopen: (ratingId: string, reason: string) =>
    post<unknown>(at`/api/assess/ratings/${ratingId}/reopen`, { reason }),
  objections: (campaignId: string, query: { status?: string; page?: number; pageSize?: number }) =>
    get<Page<ObjectionView>>(at`/api/assess/campaigns/${campaignId}/objections`, query),
  answer: (objectionId: string, body: { answer: string; upheld: boolean }) =>
    post<unknown>(at`/api/assess/objections/${objectionId}/answer`, body),
  villageStars: (regionCode: string) => get<VillageStars>(at`/api/assess/villages/${regionCode}/stars`),
  notices: () => get<NoticeList>('/api/public/assess/notices'),
  notice: (campaignId: string) => get<NoticeDetail>(at`/api/public/assess/notices/${campaignId}`),
  object: (campaignId: string, body: ObjectionBody) =>
    post<{ id: string; message: string }>(at`/api/public/assess/notices/${campaignId}/objections`, body),
  // Evidence: platform attachments of kind rating_score on the score row.
  photos: (scoreId: string) =>
    call(
      client.GET('/api/attachments/{recordKind}/{recordId}', {
        params: { path: { recordKind: 'rating_score', recordId: scoreId } },
      }),
    ) as Promise<AttachmentList>,
  addPhotos: (scoreId: string, files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return upload<AttachmentList>(at`/attachments/rating_score/${scoreId}`, form);
  },
  removePhoto: (attachmentId: string) =>
    call(client.DELETE('/api/attachment-files/{attachmentId}', { params: { path: { attachmentId } } })),
  fileUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    apiUrl(at`/attachment-files/${attachmentId}`, { size }),
};

/** After a write: every campaign query reads again. */
export const useRefreshCampaign = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['assessCampaign'] });
};
