import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../../contracts/api/common';
import { importJobSchema } from '../../../../contracts/api/imports';
import {
  DEPARTMENT_RECORD_SORTS,
  dataDepartmentsSchema,
  departmentRecordFiltersSchema,
  departmentRecordListQuerySchema,
  departmentRecordPageSchema,
} from '../../../../contracts/api/visits-clues';
import type { Ctx } from '../../../platform/context';
import { Forbidden, NotFound } from '../../../platform/errors';
import { createJob, getJobInScope, toJobView } from '../../../platform/excel/jobs';
import { startImport } from '../../../platform/excel/run-import';
import { importLimits } from '../../../platform/excel/screen';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { jobFiles, saveUpload } from '../../../platform/excel/upload';
import { ctxOf } from '../../../platform/http/context';
import { DATA_DEPARTMENTS } from '../defaults';
import { departmentImporter } from './department-import';
import { exportDepartmentRecords, listDepartmentRecords } from './department-records';
import { departmentTemplate } from './department-sheet';
import { mayImportDepartmentList } from './policy';

// 部门筛查预警 in Excel (docs/visits.md §3): template, upload (202 + job, checked whole before
// anything is written), the job's progress and annotated error file here (a department account
// has no imports.run, so the generic /api/import-jobs is not theirs), the list and its export.

const tags = ['monitoring'];
const base = '/api/monitoring/department-import';
const clues = { permission: 'monitoring.clues' } as const;
const REGISTRY = 'monitoringDepartment';
const day = () => new Date().toISOString().slice(0, 10);
const jobParams = z.object({ jobId: uuidSchema });

const assertMayImport = (ctx: Ctx) => {
  if (!mayImportDepartmentList(ctx.actor)) throw new Forbidden('只有部门、乡镇和县可以导入部门筛查数据');
};

/** A department-list job of the caller's scope, or NotFound. */
const jobOf = async (ctx: Ctx, jobId: string) => {
  const job = await getJobInScope(ctx, jobId);
  if (job.registry !== REGISTRY) throw new NotFound();
  return job;
};

export const departmentExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${base}/template`,
    { schema: { tags, summary: '下载部门筛查数据导入模板', produces: [XLSX_TYPE] }, config: clues },
    async (req, reply) => {
      assertMayImport(ctxOf(req));
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('部门筛查数据导入模板.xlsx'))
        .send(await departmentTemplate());
    },
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: '上传部门筛查数据 Excel（按身份证号匹配在册人员；整体检查，全部无误才导入；不保存身份证号）',
        consumes: ['multipart/form-data'],
        response: { 202: importJobSchema },
      },
      config: clues,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      assertMayImport(ctx);
      const id = randomUUID();
      const files = jobFiles(req.server.services.config.dataDir, id);
      const { fileName } = await saveUpload(req, files.upload);
      const job = await createJob(ctx, REGISTRY, fileName, id);
      startImport(
        ctx,
        job,
        files,
        await departmentImporter(ctx, fileName),
        importLimits(req.server.services.config),
      );
      return reply.status(202).send(toJobView(job));
    },
  );
  app.get(
    `${base}/:jobId`,
    {
      schema: {
        tags,
        summary: '部门筛查数据导入进度',
        params: jobParams,
        response: { 200: importJobSchema },
      },
      config: clues,
    },
    async (req) => toJobView(await jobOf(ctxOf(req), req.params.jobId)),
  );
  app.get(
    `${base}/:jobId/error-file`,
    {
      schema: { tags, summary: '下载标注错误的部门筛查数据文件', params: jobParams, produces: [XLSX_TYPE] },
      config: clues,
    },
    async (req, reply) => {
      const job = await jobOf(ctxOf(req), req.params.jobId);
      if (!job.errorFile || !fs.existsSync(job.errorFile)) throw new NotFound('该导入没有错误文件');
      const name = job.fileName.replace(/\.xlsx$/i, '');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`${name}-错误标注.xlsx`))
        .send(fs.createReadStream(job.errorFile));
    },
  );
  app.get(
    '/api/monitoring/data-departments',
    {
      schema: { tags, summary: '可导入的部门及类别', response: { 200: dataDepartmentsSchema } },
      config: clues,
    },
    async () =>
      DATA_DEPARTMENTS.map((d) => ({
        code: d.code,
        name: d.name.zh,
        kinds: d.kinds.map((k) => ({ code: k.code, name: k.name.zh })),
      })),
  );
  app.get(
    '/api/monitoring/department-records',
    {
      schema: {
        tags,
        summary: '部门筛查数据（管辖范围内；姓名脱敏）',
        querystring: departmentRecordListQuerySchema,
        response: { 200: departmentRecordPageSchema },
      },
      config: clues,
    },
    (req) => listDepartmentRecords(ctxOf(req), req.query),
  );
  app.get(
    '/api/monitoring/department-records/export',
    {
      schema: {
        tags,
        summary: '导出部门筛查数据（按当前筛选条件）',
        querystring: departmentRecordFiltersSchema.extend({
          sort: z.enum(DEPARTMENT_RECORD_SORTS).default('createdAt'),
          order: z.enum(['asc', 'desc']).default('desc'),
        }),
        produces: [XLSX_TYPE],
      },
      config: clues,
    },
    async (req, reply) => {
      const { stream } = await exportDepartmentRecords(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`部门筛查数据-${day()}.xlsx`))
        .send(stream);
    },
  );
};
