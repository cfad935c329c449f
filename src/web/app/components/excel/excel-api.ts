import { useQuery } from '@tanstack/react-query';
import { apiUrl, call, client } from '../../api';

// Every registry's Excel routes have one shape: `${base}/import/template`, `${base}/import`,
// `${base}/export`; import jobs live at /api/import-jobs/:id whichever registry started them.

export interface ExcelEndpoints {
  templateUrl: string;
  importUrl: string;
}

/** The template and upload addresses of a registry, e.g. excelEndpoints('/members'). */
export const excelEndpoints = (base: string): ExcelEndpoints => ({
  templateUrl: apiUrl(`${base}/import/template`),
  importUrl: apiUrl(`${base}/import`),
});

type Filters = Record<string, string | number | boolean | null | undefined>;

/** The export address with the list's current filters; `reveal` asks for full numbers with a purpose. */
export const exportUrl = (base: string, filters: Filters, reveal?: { purpose: string }) =>
  apiUrl(`${base}/export`, {
    ...filters,
    page: undefined,
    pageSize: undefined,
    reveal: reveal ? 'true' : undefined,
    purpose: reveal?.purpose,
  });

export const errorFileUrl = (jobId: string) => apiUrl(`/import-jobs/${encodeURIComponent(jobId)}/error-file`);

/** Polls an import job every second until it has finished. */
export const useImportJob = (jobId: string | null) =>
  useQuery({
    queryKey: ['import-jobs', jobId],
    queryFn: () =>
      call(client.GET('/api/import-jobs/{jobId}', { params: { path: { jobId: jobId as string } } })),
    enabled: Boolean(jobId),
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      return status === 'validating' || status === 'importing' || !status ? 1000 : false;
    },
  });
