import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importJobSchema } from '../../../../contracts/api/imports';
import {
  categoriesSchema,
  DEFAULT_CATEGORIES,
  questionBodySchema,
  questionListQuerySchema,
  questionPageSchema,
  questionParams,
  questionSchema,
} from '../../../../contracts/api/study';
import { createJob, toJobView } from '../../../platform/excel/jobs';
import { startImport } from '../../../platform/excel/run-import';
import { importLimits } from '../../../platform/excel/screen';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { buildTemplate } from '../../../platform/excel/template';
import { jobFiles, saveUpload } from '../../../platform/excel/upload';
import { ctxOf } from '../../../platform/http/context';
import { questionsImporter } from './import-questions';
import { questionsSheetSpec } from './import-sheet';
import { listCategories, listQuestions } from './list-questions';
import { getQuestionView } from './question-view';
import { createQuestion, retireQuestion, updateQuestion } from './save-question';

// 题库 routes (docs/study.md §题库): the county keeps its bank; townships read it to set tests.
// Import: template, upload (202 + job; progress and the annotated file at /api/import-jobs).

const tags = ['study'];
const read = { permission: ['study.bank', 'study.tests'] } as const;
const write = { permission: 'study.bank' } as const;
const base = '/api/study/questions';

export const bankRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: '题库（状态、分类、题型、搜索题干和解析；分页）',
        querystring: questionListQuerySchema,
        response: { 200: questionPageSchema },
      },
      config: read,
    },
    (req) => listQuestions(ctxOf(req), req.query),
  );
  app.get(
    '/api/study/categories',
    { schema: { tags, summary: '题库分类及在用题数', response: { 200: categoriesSchema } }, config: read },
    async (req) => ({ items: await listCategories(ctxOf(req)), suggestions: [...DEFAULT_CATEGORIES] }),
  );
  app.post(
    base,
    {
      schema: { tags, summary: '新增题目', body: questionBodySchema, response: { 201: questionSchema } },
      config: write,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await createQuestion(ctx, req.body);
      return reply.status(201).send(await getQuestionView(ctx, row.id));
    },
  );
  app.put(
    `${base}/:questionId`,
    {
      schema: {
        tags,
        summary: '修改题目（已停用的答 409；已作答的答卷保留原题）',
        params: questionParams,
        body: questionBodySchema,
        response: { 200: questionSchema },
      },
      config: write,
    },
    async (req) => {
      const ctx = ctxOf(req);
      await updateQuestion(ctx, req.params.questionId, req.body);
      return getQuestionView(ctx, req.params.questionId);
    },
  );
  app.post(
    `${base}/:questionId/retire`,
    {
      schema: {
        tags,
        summary: '停用题目（题目不删除）',
        params: questionParams,
        response: { 200: questionSchema },
      },
      config: write,
    },
    async (req) => {
      const ctx = ctxOf(req);
      await retireQuestion(ctx, req.params.questionId);
      return getQuestionView(ctx, req.params.questionId);
    },
  );
  app.get(
    `${base}/import/template`,
    { schema: { tags, summary: '下载题库导入模板', produces: [XLSX_TYPE] }, config: write },
    async (_req, reply) =>
      reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('题库导入模板.xlsx'))
        .send(await buildTemplate(questionsSheetSpec)),
  );
  app.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: '上传题库 Excel（先整体检查，全部无误才导入）',
        consumes: ['multipart/form-data'],
        response: { 202: importJobSchema },
      },
      config: write,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const id = randomUUID();
      const files = jobFiles(req.server.services.config.dataDir, id);
      const { fileName } = await saveUpload(req, files.upload);
      const job = await createJob(ctx, 'studyQuestions', fileName, id);
      startImport(
        ctx,
        job,
        files,
        await questionsImporter(ctx, fileName),
        importLimits(req.server.services.config),
      );
      return reply.status(202).send(toJobView(job));
    },
  );
};
