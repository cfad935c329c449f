import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../contracts/api/common';
import { importJobSchema } from '../../../contracts/api/imports';
import { NotFound } from '../errors';
import { ctxOf } from '../http/context';
import { getJobInScope, toJobView } from './jobs';
import { waitForImports } from './run-import';
import { attachmentName, XLSX_TYPE } from './stream';

const params = z.object({ jobId: uuidSchema });
const tags = ['imports'];
const config = { permission: 'imports.run' } as const;

/** Progress of any registry's import job, and its annotated error file. */
export const importJobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onClose', async () => {
    await waitForImports();
  });
  app.get(
    '/api/import-jobs/:jobId',
    { schema: { tags, summary: '导入进度', params, response: { 200: importJobSchema } }, config },
    async (req) => toJobView(await getJobInScope(ctxOf(req), req.params.jobId)),
  );
  app.get(
    '/api/import-jobs/:jobId/error-file',
    { schema: { tags, summary: '下载标注错误的文件', params, produces: [XLSX_TYPE] }, config },
    async (req, reply) => {
      const job = await getJobInScope(ctxOf(req), req.params.jobId);
      if (!job.errorFile || !fs.existsSync(job.errorFile)) throw new NotFound('该导入没有错误文件');
      const name = job.fileName.replace(/\.xlsx$/i, '');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`${name}-错误标注.xlsx`))
        .send(fs.createReadStream(job.errorFile));
    },
  );
};
