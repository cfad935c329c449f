import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountExportQuerySchema } from '../../../../contracts/api/economy-accounts';
import { importJobSchema } from '../../../../contracts/api/imports';
import { Forbidden } from '../../../platform/errors';
import { createJob, toJobView } from '../../../platform/excel/jobs';
import { startImport } from '../../../platform/excel/run-import';
import { importLimits } from '../../../platform/excel/screen';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { jobFiles, saveUpload } from '../../../platform/excel/upload';
import { ctxOf } from '../../../platform/http/context';
import { exportAccounts } from './export-accounts';
import { accountsImporter } from './import-accounts';
import { accountsTemplate } from './import-sheet';
import { mayImportAccounts } from './policy';

// 收支明细 in Excel, the shape of every registry (platform/excel/registry-routes.ts) with a
// template that also lists the income codes: template, upload (202 + job, checked whole before
// anything is written; progress and the error file at /api/import-jobs) and the list's export.

const tags = ['economy'];
const base = '/api/economy/accounts';
const write = { permission: 'economy.accounts' } as const;
const day = () => new Date().toISOString().slice(0, 10);

export const accountExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${base}/import/template`,
    { schema: { tags, summary: '下载收支明细导入模板', produces: [XLSX_TYPE] }, config: write },
    async (_req, reply) =>
      reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('村集体经济收支导入模板.xlsx'))
        .send(await accountsTemplate()),
  );
  app.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: '上传收支明细 Excel（先整体检查，全部无误才导入；文件中的村和年度的明细整体替换）',
        consumes: ['multipart/form-data'],
        response: { 202: importJobSchema },
      },
      config: write,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      if (!mayImportAccounts(ctx.actor)) throw new Forbidden('只有县、乡镇、村可以导入收支台账');
      const id = randomUUID();
      const files = jobFiles(req.server.services.config.dataDir, id);
      const { fileName } = await saveUpload(req, files.upload);
      const job = await createJob(ctx, 'economyAccounts', fileName, id);
      startImport(
        ctx,
        job,
        files,
        await accountsImporter(ctx, fileName),
        importLimits(req.server.services.config),
      );
      return reply.status(202).send(toJobView(job));
    },
  );
  app.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: '导出年度收支台账（按当前筛选条件）',
        querystring: accountExportQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: ['economy.accounts', 'economy.read'] },
    },
    async (req, reply) => {
      const { stream } = await exportAccounts(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`村集体经济年度收支-${req.query.year}-${day()}.xlsx`))
        .send(stream);
    },
  );
};
