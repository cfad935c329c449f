import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentListSchema, recordKindSchema } from '../../../contracts/api/attachments';
import { uuidSchema } from '../../../contracts/api/common';
import { ctxOf } from '../http/context';
import { addAttachments, slotsLeft } from './add-attachments';
import { attachmentFile } from './attachment-file';
import { attachableKind } from './kinds';
import { listAttachments } from './list-attachments';
import { removeAttachment } from './remove-attachment';
import { readAttachments } from './upload';

// 附件 for any record kind a module declares: who may read, add or remove is the module's word
// (its manifest's `attachments`); the record is always loaded in the caller's scope first.

const tags = ['attachments'];
const recordParams = z.object({ recordKind: recordKindSchema, recordId: uuidSchema });
const fileParams = z.object({ attachmentId: uuidSchema });

const contentDisposition = (fileName: string, inline: boolean) =>
  `${inline ? 'inline' : 'attachment'}; filename="file"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/attachments/:recordKind/:recordId',
    {
      schema: {
        tags,
        summary: '记录的照片与附件',
        params: recordParams,
        response: { 200: attachmentListSchema },
      },
    },
    (req) => listAttachments(ctxOf(req), req.params.recordKind, req.params.recordId),
  );
  app.post(
    '/api/attachments/:recordKind/:recordId',
    {
      schema: {
        tags,
        summary:
          '上传照片或附件（multipart，可多个；照片 JPG/PNG/WebP ≤ 10 MB，文件 PDF/.docx/.xlsx ≤ 20 MB）',
        consumes: ['multipart/form-data'],
        params: recordParams,
        response: { 201: attachmentListSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { recordKind, recordId } = req.params;
      const left = await slotsLeft(ctx, recordKind, recordId);
      const files = await readAttachments(req, { maxFiles: left, accept: attachableKind(recordKind).accept });
      const list = await addAttachments(ctx, req.server.services.files, recordKind, recordId, files);
      return reply.status(201).send(list);
    },
  );
  app.get(
    '/api/attachment-files/:attachmentId',
    {
      schema: {
        tags,
        summary: '附件内容（照片 size=thumb 为 320 像素缩略图）',
        params: fileParams,
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
        produces: ['image/jpeg', 'application/pdf', 'application/octet-stream'],
      },
    },
    async (req, reply) => {
      const file = await attachmentFile(
        ctxOf(req),
        req.server.services.files,
        req.params.attachmentId,
        req.query.size,
      );
      return reply
        .type(file.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition(file.fileName, file.category === 'image'))
        .send(file.bytes);
    },
  );
  app.delete(
    '/api/attachment-files/:attachmentId',
    {
      schema: {
        tags,
        summary: '删除附件（记录仍可修改时）',
        params: fileParams,
        response: { 200: attachmentListSchema },
      },
    },
    (req) => removeAttachment(ctxOf(req), req.params.attachmentId),
  );
};
