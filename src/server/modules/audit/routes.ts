import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, auditNamesSchema, auditQuerySchema } from '../../../contracts/api/audit';
import { pageOf } from '../../../contracts/api/common';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { ctxOf } from '../../platform/http/context';
import { auditNames } from './audit-names';
import { exportAudit } from './export-audit';
import { listAudit } from './list-audit';

const tags = ['audit'];
const config = { permission: 'audit.read' } as const;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: '审计日志',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
      config,
    },
    (req) => listAudit(ctxOf(req), req.query),
  );
  app.get(
    '/api/audit/names',
    {
      schema: {
        tags,
        summary: '审计日志中各操作和对象的名称（供筛选）',
        response: { 200: auditNamesSchema },
      },
      config,
    },
    () => auditNames(),
  );
  app.get(
    '/api/audit/export',
    {
      schema: {
        tags,
        summary: '导出审计日志（Excel）',
        querystring: auditQuerySchema.omit({ page: true, pageSize: true }),
        produces: [XLSX_TYPE],
      },
      config,
    },
    async (req, reply) => {
      const { stream } = await exportAudit(ctxOf(req), req.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`审计日志-${day}.xlsx`))
        .send(stream);
    },
  );
};
