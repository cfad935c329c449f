import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuerySchema } from '../../../contracts/api/households';
import { importJobSchema } from '../../../contracts/api/imports';
import { createJob, toJobView } from '../../platform/excel/jobs';
import { startImport } from '../../platform/excel/run-import';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { buildTemplate } from '../../platform/excel/template';
import { jobFiles, saveUpload } from '../../platform/excel/upload';
import { ctxOf } from '../../platform/http/context';
import { exportHouseholds } from './export-households';
import { householdImporter } from './import-households';
import { householdSheetSpec } from './import-spec';
import { villagesInScope } from './import-villages';

const tags = ['households'];
const day = () => new Date().toISOString().slice(0, 10);

// Uploads and the import-job routes are registered once for every registry in app.ts.
export const householdExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/households/import/template',
    {
      schema: { tags, summary: '下载农户人员导入模板', produces: [XLSX_TYPE] },
      config: { permission: 'imports.run' },
    },
    async (req, reply) => {
      const { labels } = await villagesInScope(ctxOf(req));
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('农户人员导入模板.xlsx'))
        .send(await buildTemplate(householdSheetSpec(labels)));
    },
  );
  app.post(
    '/api/households/import',
    {
      schema: {
        tags,
        summary: '上传农户人员 Excel（先整体检查，全部无误才导入）',
        consumes: ['multipart/form-data'],
        response: { 202: importJobSchema },
      },
      config: { permission: 'imports.run' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const id = randomUUID();
      const files = jobFiles(req.server.services.config.dataDir, id);
      const { fileName } = await saveUpload(req, files.upload);
      const job = await createJob(ctx, 'households', fileName, id);
      startImport(ctx, job, files, await householdImporter(ctx, fileName));
      return reply.status(202).send(toJobView(job));
    },
  );
  app.get(
    '/api/households/export',
    {
      schema: {
        tags,
        summary: '导出农户人员（按当前筛选条件）',
        querystring: exportQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: 'households.read' },
    },
    async (req, reply) => {
      const { stream } = await exportHouseholds(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`农户人员-${day()}.xlsx`))
        .send(stream);
    },
  );
};
