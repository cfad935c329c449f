import type { FigureCatalogue, FigureEntry, FigureValues } from '../../../contracts/api/figures';
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
