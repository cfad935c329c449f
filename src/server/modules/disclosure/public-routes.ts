import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  publicDisclosureSchema,
  publicFileParamsSchema,
  publicFileQuerySchema,
  villageParamsSchema,
} from '../../../contracts/api/disclosure';
import { publicDisclosure, publicFile } from './public-disclosure';

// 村务公开栏 (no log-in): what the township approved, and the files of those items only, limited to
// a person's pace like the other public pages.

const tags = ['disclosure'];
export const PUBLIC_DISCLOSURE_LIMIT = { max: 60, timeWindow: '1 minute' };

export const disclosurePublicRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyRateLimit, { global: false });
  app.get(
    '/api/public/disclosure/:villageCode',
    {
      schema: {
        tags,
        summary: '村务公开栏（无需登录）：已公开的事项按类别和期间，更正、撤回的版本一并列出',
        params: villageParamsSchema,
        response: { 200: publicDisclosureSchema },
      },
      config: { access: 'public', rateLimit: PUBLIC_DISCLOSURE_LIMIT },
    },
    (req) => publicDisclosure(app.services.database.db, req.params.villageCode),
  );
  app.get(
    '/api/public/disclosure/:villageCode/files/:attachmentId',
    {
      schema: {
        tags,
        summary: '公开事项的附件（无需登录；只限已公开事项的附件，照片 size=thumb 为缩略图）',
        params: publicFileParamsSchema,
        querystring: publicFileQuerySchema,
        produces: ['image/jpeg', 'application/pdf', 'application/octet-stream'],
      },
      config: { access: 'public', rateLimit: { max: 240, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { villageCode, attachmentId } = req.params;
      const file = await publicFile(
        app.services.database.db,
        app.services.files,
        villageCode,
        attachmentId,
        req.query.size,
      );
      return reply
        .type(file.mime)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `${file.category === 'image' || file.mime === 'application/pdf' ? 'inline' : 'attachment'}; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.bytes);
    },
  );
};
