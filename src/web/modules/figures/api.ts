import type {
  Dashboard,
  Drill,
  FigureCatalogue,
  FigureEntry,
  FigureReport,
  FigureValues,
  ReportBody,
  ReportSheet,
} from '../../../contracts/api/figures';
import { apiUrl, call, client } from '../../app/api';

// 指标目录 (docs/dashboards.md): the catalogue, a region's values for a year, and their Excel.

export type { FigureCatalogue, FigureEntry, FigureValues };

export interface ValuesQuery {
  regionCode?: string;
  /** Default: this year in Beijing, as the server reckons it. */
  year?: number;
}

export const figuresApi = {
  catalogue: () => call(client.GET('/api/figures')) as Promise<FigureCatalogue>,
  values: (query: ValuesQuery) =>
    call(client.GET('/api/figures/values', { params: { query } })) as Promise<FigureValues>,
  exportUrl: (query: ValuesQuery) => apiUrl('/figures/values.xlsx', { ...query }),
};

export type { DashboardFigure } from '../../../contracts/api/figures';
export type { Dashboard, Drill, FigureReport, ReportBody, ReportSheet };

export interface DashboardQuery {
  regionCode?: string;
  year?: number;
  fresh?: '1';
}

export interface DrillQuery {
  key: string;
  regionCode?: string;
  year?: number;
  category?: string;
  search?: string;
  page: number;
  pageSize: number;
}

export const dashboardApi = {
  get: (query: DashboardQuery) =>
    call(client.GET('/api/figures/dashboard', { params: { query } })) as Promise<Dashboard>,
  exportUrl: (query: DashboardQuery) => apiUrl('/figures/dashboard.xlsx', { ...query, fresh: undefined }),
  drill: (query: DrillQuery) =>
    // The key is one of the installed figures' (an enum in the API document); the page takes it from the dashboard.
    call(client.GET('/api/figures/drill', { params: { query: query as never } })) as Promise<Drill>,
  /** Every record behind the figure as Excel (the drawer's search and category; audited). */
  drillExportUrl: (query: Omit<DrillQuery, 'page' | 'pageSize'>) =>
    apiUrl('/figures/drill.xlsx', { ...query }),
  saveLayout: (regionCode: string, keys: string[]) =>
    call(client.PUT('/api/figures/dashboard-layout', { body: { regionCode, keys } })),
  resetLayout: (regionCode: string) =>
    call(client.DELETE('/api/figures/dashboard-layout/{regionCode}', { params: { path: { regionCode } } })),
};

/** The page a drill-down row opens, by the kind of record behind the figure (none: the list is the record). */
export const recordPath = (record: string, id: string): string | null => {
  const paths: Record<string, (id: string) => string> = {
    household: (x) => `/households/${x}`,
    event: (x) => `/events/${x}`,
    project: (x) => `/economy-projects/${x}`,
    economy_account: (x) => `/economy-accounts/${x}`,
    economy_village: (x) => `/economy-villages/${x}`,
    rating: (x) => `/assess-ratings/${x}`,
    weak_org: (x) => `/assess/weak/${x}`,
    visit: (x) => `/visits/${x}`,
    monitoring_case: (x) => `/monitoring-cases/${x}`,
    disclosure: (x) => `/disclosure/${x}`,
    disclosure_village: (x) => `/gk/${x}`,
  };
  return paths[record]?.(id) ?? null;
};

export const reportsApi = {
  list: () =>
    call(client.GET('/api/figures/reports')) as Promise<{
      items: FigureReport[];
    }>,
  create: (body: ReportBody) => call(client.POST('/api/figures/reports', { body })),
  update: (id: string, body: ReportBody) =>
    call(client.PUT('/api/figures/reports/{reportId}', { params: { path: { reportId: id } }, body })),
  remove: (id: string) =>
    call(client.DELETE('/api/figures/reports/{reportId}', { params: { path: { reportId: id } } })),
  sheet: (id: string, query: { regionCode?: string; year?: number; quarter?: number }) =>
    call(
      client.GET('/api/figures/reports/{reportId}/sheet', { params: { path: { reportId: id }, query } }),
    ) as Promise<ReportSheet>,
  sheetUrl: (id: string, query: { regionCode?: string; year?: number; quarter?: number }) =>
    apiUrl(`/figures/reports/${encodeURIComponent(id)}/sheet.xlsx`, { ...query }),
};
