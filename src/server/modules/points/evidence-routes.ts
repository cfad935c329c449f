import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../contracts/api/common';
import { claimSchema } from '../../../contracts/api/points';
import { readPhotos } from '../../platform/files/photo-upload';
import { ctxOf } from '../../platform/http/context';
import { addEvidence, evidenceSlotsLeft } from './add-evidence';
import { evidencePhoto } from './evidence-photo';

// Routes of claim photos (照片证据): upload while the claim is pending, read within scope.

const tags = ['points'];

export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/points/claims/:claimId/evidence',
    {
      schema: {
        tags,
        summary: '上传申报照片（表单字段任意，可多张；JPG/PNG/WebP，每张不超过 10 MB，每条申报最多 6 张）',
        consumes: ['multipart/form-data'],
        params: z.object({ claimId: uuidSchema }),
        response: { 201: claimSchema },
      },
      config: { permission: 'points.propose' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const left = await evidenceSlotsLeft(ctx, req.params.claimId);
      const photos = await readPhotos(req, left);
      const claim = await addEvidence(ctx, req.server.services.files, req.params.claimId, photos);
      return reply.status(201).send(claim);
    },
  );
  app.get(
    '/api/points/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: '申报照片（size=thumb 为 320 像素缩略图）',
        params: z.object({ evidenceId: uuidSchema }),
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
        produces: ['image/jpeg'],
      },
      config: { permission: 'points.propose' },
    },
    async (req, reply) => {
      const { bytes, mime } = await evidencePhoto(
        ctxOf(req),
        req.server.services.files,
        req.params.evidenceId,
        req.query.size,
      );
      return reply
        .type(mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
};
