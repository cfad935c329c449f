import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { importJobSchema } from '../../../contracts/api/imports';
import type { Permission } from '../../../contracts/roles';
import type { Ctx } from '../context';
import { ctxOf } from '../http/context';
import { createJob, toJobView } from './jobs';
import { type Importer, startImport } from './run-import';
import { importLimits } from './screen';
import type { ImportSheetSpec } from './spec';
import { attachmentName, XLSX_TYPE } from './stream';
import { buildTemplate } from './template';
import { jobFiles, saveUpload } from './upload';

/** What one registry hands to `registryExcelRoutes`. */
export interface RegistryExcel<S, Q extends z.ZodType> {
  /** `/api/members` → `/api/members/import/template`, `/api/members/import`, `/api/members/export`. */
  base: string;
  /** The import job's registry name, e.g. 'members'. */
  registry: string;
  tag: string;
  /** 党员, used in summaries and file names (党员导入模板.xlsx, 党员-2026-11-25.xlsx). */
  title: string;
  /** Template and import; the export needs `readPermission`. */
  writePermission: Permission;
  readPermission: Permission;
  /** The sheet, built per caller (drop-downs list the caller's villages, branches …). */
  spec(ctx: Ctx): Promise<ImportSheetSpec>;
  importer(ctx: Ctx, fileName: string): Promise<Importer<S>>;
  exportQuery: Q;
  /** Streams the export (and audits it). */
  exportRows(ctx: Ctx, query: z.infer<Q>): Promise<{ stream: NodeJS.ReadableStream }>;
}

const day = () => new Date().toISOString().slice(0, 10);

/**
 * The three Excel routes of a registry, the same shape for all: template, upload (202 + job id,
 * checked whole before anything is written) and export with the list's filters. Uploads and
 * job progress are registered once for every registry in app.ts.
 */
export const registryExcelRoutes =
  <S, Q extends z.ZodType>(r: RegistryExcel<S, Q>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = [r.tag];
    app.get(
      `${r.base}/import/template`,
      {
        schema: { tags, summary: `下载${r.title}导入模板`, produces: [XLSX_TYPE] },
        config: { permission: r.writePermission },
      },
      async (req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentName(`${r.title}导入模板.xlsx`))
          .send(await buildTemplate(await r.spec(ctxOf(req)))),
    );
    app.post(
      `${r.base}/import`,
      {
        schema: {
          tags,
          summary: `上传${r.title} Excel（先整体检查，全部无误才导入）`,
          consumes: ['multipart/form-data'],
          response: { 202: importJobSchema },
        },
        config: { permission: r.writePermission },
      },
      async (req, reply) => {
        const ctx = ctxOf(req);
        const id = randomUUID();
        const files = jobFiles(req.server.services.config.dataDir, id);
        const { fileName } = await saveUpload(req, files.upload);
        const job = await createJob(ctx, r.registry, fileName, id);
        startImport(
          ctx,
          job,
          files,
          await r.importer(ctx, fileName),
          importLimits(req.server.services.config),
        );
        return reply.status(202).send(toJobView(job));
      },
    );
    app.get(
      `${r.base}/export`,
      {
        schema: {
          tags,
          summary: `导出${r.title}（按当前筛选条件）`,
          querystring: r.exportQuery,
          produces: [XLSX_TYPE],
        },
        config: { permission: r.readPermission },
      },
      async (req, reply) => {
        const { stream } = await r.exportRows(ctxOf(req), req.query as z.infer<Q>);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentName(`${r.title}-${day()}.xlsx`))
          .send(stream);
      },
    );
  };
