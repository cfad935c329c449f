import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  branchStatsSchema,
  scoreListQuerySchema,
  scorePageSchema,
  testParams,
} from '../../../../contracts/api/study';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { loadTest } from '../exams/load';
import { branchStats } from './branch-stats';
import { exportScores } from './export-scores';
import { listScores } from './person-scores';

// 成绩 routes (docs/study.md §成绩): per person and per branch, in the caller's scope.

const tags = ['study'];
const config = { permission: 'study.scores' } as const;

export const scoreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/study/tests/:testId/scores',
    {
      schema: {
        tags,
        summary: '个人成绩（本辖区交卷的人，最好成绩和交卷次数；按村和姓名排列）',
        params: testParams,
        querystring: scoreListQuerySchema,
        response: { 200: scorePageSchema },
      },
      config,
    },
    async (req) => {
      const ctx = ctxOf(req);
      const test = await loadTest(ctx, req.params.testId);
      return listScores(ctx, test.id, req.query);
    },
  );
  app.get(
    '/api/study/tests/:testId/branches',
    {
      schema: {
        tags,
        summary: '支部统计（应参考、参考人数、平均分、及格率）',
        params: testParams,
        response: { 200: branchStatsSchema },
      },
      config,
    },
    async (req) => {
      const ctx = ctxOf(req);
      return branchStats(ctx, await loadTest(ctx, req.params.testId));
    },
  );
  app.get(
    '/api/study/tests/:testId/export',
    {
      schema: { tags, summary: '导出个人成绩和支部统计', params: testParams, produces: [XLSX_TYPE] },
      config,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const test = await loadTest(ctx, req.params.testId);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`${test.title}-成绩.xlsx`))
        .send(await exportScores(ctx, test));
    },
  );
};
