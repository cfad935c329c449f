import { useQueryClient } from '@tanstack/react-query';
import type { AttachmentList } from '../../../contracts/api/attachments';
import type {
  BoardCode,
  CorrectBody,
  CreateItemBody,
  DisclosureKind,
  DisclosureSource,
  DisclosureTable,
  ItemDetail,
  ItemListQuery,
  ItemRow,
  KindBody,
  PublicDisclosure,
  UpdateItemBody,
} from '../../../contracts/api/disclosure';
import { apiUrl, call, client, type Page, upload } from '../../app/api';

// The calls of the 十公开 pages (docs/disclosure.md), typed by the zod contracts shared with the server.

export type { BoardCode, DisclosureKind, DisclosureTable, ItemDetail, ItemRow, PublicDisclosure };
export type ItemFilters = Partial<ItemListQuery>;

type Query = Record<string, string | number | boolean | undefined>;
type Untyped = (
  path: string,
  init?: { params?: { query?: Query }; body?: unknown },
) => Promise<{ data?: unknown; response: Response }>;
const GET = client.GET as unknown as Untyped;
const POST = client.POST as unknown as Untyped;
const PATCH = client.PATCH as unknown as Untyped;
const DELETE = client.DELETE as unknown as Untyped;
const at = (strings: TemplateStringsArray, ...ids: string[]) =>
  strings.reduce((out, s, i) => out + s + (i < ids.length ? encodeURIComponent(ids[i]!) : ''), '');
const get = async <T>(path: string, query?: Query) => (await call(GET(path, { params: { query } }))) as T;
const post = async <T>(path: string, body: unknown = {}) => (await call(POST(path, { body }))) as T;

export const disclosureApi = {
  kinds: () => get<{ items: DisclosureKind[]; mayEdit: boolean }>('/api/disclosure/kinds'),
  createKind: (body: KindBody) => post<DisclosureKind>('/api/disclosure/kinds', body),
  updateKind: (id: string, body: KindBody) =>
    call(PATCH(at`/api/disclosure/kinds/${id}`, { body })) as Promise<DisclosureKind>,
  list: (filters: ItemFilters) => get<Page<ItemRow>>('/api/disclosure/items', filters as Query),
  get: (id: string) => get<ItemDetail>(at`/api/disclosure/items/${id}`),
  create: (body: CreateItemBody) => post<ItemDetail>('/api/disclosure/items', body),
  update: (id: string, body: UpdateItemBody) =>
    call(PATCH(at`/api/disclosure/items/${id}`, { body })) as Promise<ItemDetail>,
  remove: (id: string) => call(DELETE(at`/api/disclosure/items/${id}`)),
  action: (id: string, action: string, reason?: string) =>
    post<ItemDetail>(at`/api/disclosure/items/${id}/actions/${action}`, reason ? { reason } : {}),
  correct: (id: string, body: CorrectBody) => post<ItemDetail>(at`/api/disclosure/items/${id}/correct`, body),
  withdraw: (id: string, reason: string) =>
    post<ItemDetail>(at`/api/disclosure/items/${id}/withdraw`, { reason }),
  generate: (regionCode: string, source: DisclosureSource, year: number) =>
    post<ItemDetail>('/api/disclosure/generate', { regionCode, source, year }),
  importTable: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<DisclosureTable>('/disclosure/table-import', form);
  },
  addFiles: (id: string, files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return upload<AttachmentList>(at`/attachments/disclosure_item/${id}`, form);
  },
  removeFile: (attachmentId: string) =>
    call(client.DELETE('/api/attachment-files/{attachmentId}', { params: { path: { attachmentId } } })),
  fileUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    apiUrl(at`/attachment-files/${attachmentId}`, { size }),
  boardCode: (villageCode: string) => get<BoardCode>(at`/api/disclosure/villages/${villageCode}/board-code`),
  publicPage: (villageCode: string) => get<PublicDisclosure>(at`/api/public/disclosure/${villageCode}`),
  publicFileUrl: (villageCode: string, attachmentId: string, size: 'thumb' | 'full') =>
    apiUrl(at`/public/disclosure/${villageCode}/files/${attachmentId}`, { size }),
};

/** After a write: every disclosure query reads again. */
export const useRefreshDisclosure = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['disclosure'] });
};
