import type {
  BoundaryCollectionBody,
  BoundaryMap,
  BoundaryUploadResult,
} from '../../../../contracts/api/figure-maps';
import { call, client } from '../../../app/api';

// 区划边界 (docs/dashboards.md "Maps"): which regions have a map of their children, the map
// itself, upload (the file's text as the body, checked by the server) and removal.

export type { BoundaryCollectionBody, BoundaryMap, BoundaryUploadResult };

const path = (regionCode: string) => ({ params: { path: { regionCode } } });

export const mapsApi = {
  list: () => call(client.GET('/api/figures/boundaries')) as Promise<{ items: BoundaryMap[] }>,
  get: (regionCode: string) =>
    call(
      client.GET('/api/figures/boundaries/{regionCode}', path(regionCode)),
    ) as Promise<BoundaryCollectionBody>,
  /** The file's text as it is: the server says what is wrong with it (第 N 个区域 …). */
  upload: (regionCode: string, text: string) =>
    call(
      client.PUT('/api/figures/boundaries/{regionCode}', {
        ...path(regionCode),
        body: text,
        bodySerializer: (body: string) => body,
        headers: { 'content-type': 'application/geo+json' },
      }),
    ) as Promise<BoundaryUploadResult>,
  remove: (regionCode: string) =>
    call(client.DELETE('/api/figures/boundaries/{regionCode}', path(regionCode))),
};
