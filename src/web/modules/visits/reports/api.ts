import type {
  ReportFigure,
  ReportRecord,
  ReportRecords,
  ReportRow,
  VisitsReport,
} from '../../../../contracts/api/visits-reports';
import { apiUrl, call, client } from '../../../app/api';

// The reports part's routes (docs/visits.md §6).

export type { ReportFigure, ReportRecord, ReportRecords, ReportRow, VisitsReport };

export interface ReportPeriod {
  regionCode: string;
  from: string;
  to: string;
}

/** Which records a number stands for. */
export interface RecordsFilter extends ReportPeriod {
  figure: ReportFigure;
  objectType?: 'unstable' | 'marginal' | 'sudden';
  riskType?: string;
}

export const visitsReportsApi = {
  summary: (query: ReportPeriod) =>
    call(client.GET('/api/visits/reports/summary', { params: { query } })) as Promise<VisitsReport>,
  records: (query: RecordsFilter & { page: number; pageSize: number }) =>
    call(client.GET('/api/visits/reports/records', { params: { query } })) as Promise<ReportRecords>,
  exportUrl: (query: ReportPeriod) => apiUrl('/visits/reports/summary.xlsx', { ...query }),
};
