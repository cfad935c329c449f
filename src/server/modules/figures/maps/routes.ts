import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCodeSchema } from '../../../../contracts/api/common';
import {
  boundaryCollectionSchema,
  boundaryFileSchema,
  boundaryMapListSchema,
  boundaryUploadResultSchema,
  MAX_BOUNDARY_MB,
} from '../../../../contracts/api/figure-maps';
import { ctxOf } from '../../../platform/http/context';
import { deleteBoundaries } from './delete-boundaries';
import { getBoundaries } from './get-boundaries';
import { listBoundaries } from './list-boundaries';
import { uploadBoundaries } from './upload-boundaries';

const tags = ['figures'];
const read = { permission: 'figures.read' } as const;
const params = z.object({ regionCode: regionCodeSchema });
const BODY_LIMIT = MAX_BOUNDARY_MB * 1024 * 1024;
const GEOJSON_TYPES = ['application/json', 'application/geo+json'];

/**
 * 区划边界. The upload's body is the GeoJSON file as it is: this plugin reads JSON bodies as text
 * (up to 20 MB), so the use case parses it and a file that is not JSON is refused in Chinese (422)
 * like every other problem of the file, not by the framework's parser.
 */
export const boundaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeContentTypeParser(GEOJSON_TYPES.filter((t) => app.hasContentTypeParser(t)));
  app.addContentTypeParser(GEOJSON_TYPES, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
  // A file sent as plain text or without a type (as some clients send a .geojson) is read the same
  // way: its text is checked like every request's (control characters) and then as GeoJSON.
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
  app.get(
    '/api/figures/boundaries',
    {
      schema: {
        tags,
        summary: '区划边界：本级和下级已上传下级区划边界的区域',
        response: { 200: boundaryMapListSchema },
      },
      config: read,
    },
    (req) => listBoundaries(ctxOf(req)),
  );
  app.get(
    '/api/figures/boundaries/:regionCode',
    {
      schema: {
        tags,
        summary: '某一区域的下级区划边界（GeoJSON 要素集合）',
        params,
        response: { 200: boundaryCollectionSchema },
      },
      config: read,
    },
    (req) => getBoundaries(ctxOf(req), req.params.regionCode),
  );
  app.put(
    '/api/figures/boundaries/:regionCode',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: '上传某一县的乡镇边界或某一乡镇的村边界（GeoJSON，请求体即文件内容）',
        consumes: GEOJSON_TYPES,
        params,
        body: boundaryFileSchema,
        response: { 200: boundaryUploadResultSchema },
      },
      config: read,
    },
    (req) => uploadBoundaries(ctxOf(req), req.params.regionCode, req.body),
  );
  app.delete(
    '/api/figures/boundaries/:regionCode',
    {
      schema: {
        tags,
        summary: '删除某一区域的下级区划边界',
        params,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      config: read,
    },
    (req) => deleteBoundaries(ctxOf(req), req.params.regionCode),
  );
};
