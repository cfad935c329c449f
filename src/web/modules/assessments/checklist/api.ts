import type { AttachmentList } from '../../../../contracts/api/attachments';
import { apiUrl, call, client, upload } from '../../../app/api';

// 十有五化's calls: a village's checklist, an entry, evidence, the summary, refresh and export.

export const assessChecklistApi = {
  village: (regionCode: string, year: number) =>
    call(
      client.GET('/api/assess/checklist/villages/{regionCode}', {
        params: { path: { regionCode }, query: { year } },
      }),
    ),
  saveEntry: (
    regionCode: string,
    itemId: string,
    body: { year: number; done?: boolean; note?: string | null },
  ) =>
    call(
      client.PUT('/api/assess/checklist/villages/{regionCode}/items/{itemId}', {
        params: { path: { regionCode, itemId } },
        body,
      }),
    ),
  addEvidence: (entryId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('files', file);
    return upload<AttachmentList>(`/attachments/checklist_entry/${encodeURIComponent(entryId)}`, form);
  },
  summary: (year: number, township?: string) =>
    call(client.GET('/api/assess/checklist/summary', { params: { query: { year, township } } })),
  refresh: (year: number, township?: string) =>
    call(client.POST('/api/assess/checklist/refresh', { body: { year, township } })),
  exportUrl: (year: number, township?: string) =>
    apiUrl('/assess/checklist/summary/export', { year, township }),
};

/** The current year in China (UTC+8), as the server counts the checklist's year. */
export const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
