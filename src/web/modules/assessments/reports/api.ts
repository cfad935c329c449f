import type { z } from 'zod';
import type {
  FlagsReport,
  flagVillageSchema,
  NoticePrint,
  RectificationFigure,
  RectificationsReport,
  reportVillageSchema,
  StarsReport,
  StarsView,
  weakVillageSchema,
} from '../../../../contracts/api/assess-reports';
import { apiUrl, call, client, type Page } from '../../../app/api';

export type { FlagsReport, NoticePrint, RectificationsReport, StarsReport, StarsView };
export type ReportVillage = z.infer<typeof reportVillageSchema>;
export type FlagVillage = z.infer<typeof flagVillageSchema>;
export type WeakVillage = z.infer<typeof weakVillageSchema>;

export interface StarsFilter {
  view: StarsView;
  year?: number;
  township?: string;
}
type Paged = { page: number; pageSize: number };

export const assessReportsApi = {
  stars: (query: StarsFilter) =>
    call(client.GET('/api/assess/reports/stars', { params: { query } })) as Promise<StarsReport>,
  starsVillages: (query: StarsFilter & Paged & { stars?: number }) =>
    call(client.GET('/api/assess/reports/stars/villages', { params: { query } })) as Promise<
      Page<ReportVillage>
    >,
  flags: (query: { township?: string }) =>
    call(client.GET('/api/assess/reports/flags', { params: { query } })) as Promise<FlagsReport>,
  flagVillages: (query: Paged & { year: number; kindId?: string; township?: string }) =>
    call(client.GET('/api/assess/reports/flags/villages', { params: { query } })) as Promise<
      Page<FlagVillage>
    >,
  rectifications: (query: { township?: string }) =>
    call(
      client.GET('/api/assess/reports/rectifications', { params: { query } }),
    ) as Promise<RectificationsReport>,
  rectificationVillages: (query: Paged & { year: number; figure: RectificationFigure; township?: string }) =>
    call(client.GET('/api/assess/reports/rectifications/villages', { params: { query } })) as Promise<
      Page<WeakVillage>
    >,
  notice: (campaignId: string) =>
    call(
      client.GET('/api/assess/reports/notice/{campaignId}', { params: { path: { campaignId } } }),
    ) as Promise<NoticePrint>,
  exportUrl: (report: 'stars' | 'flags' | 'rectifications', query: object) =>
    apiUrl(`/assess/reports/${report}/export`, query as Record<string, string>),
};
