import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  testBodySchema,
  testDetailSchema,
  testListQuerySchema,
  testPageSchema,
  testParams,
  testUpdateSchema,
} from '../../../../contracts/api/study';
import { ctxOf } from '../../../platform/http/context';
import { listTests } from './list-tests';
import { loadTest } from './load';
import { createTest, moveTest, updateTest } from './save-test';
import { toTestDetail } from './test-view';

// 考试 routes (docs/study.md §考试): county and township set tests; staff read them in scope.

const tags = ['study'];
const read = { permission: ['study.tests', 'study.scores'] } as const;
const write = { permission: 'study.tests' } as const;

export const examRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/study/tests',
    {
      schema: {
        tags,
        summary: '考试列表（本级及上级组织的考试；状态、搜索；分页）',
        querystring: testListQuerySchema,
        response: { 200: testPageSchema },
      },
      config: read,
    },
    (req) => listTests(ctxOf(req), req.query),
  );
  app.post(
    '/api/study/tests',
    {
      schema: {
        tags,
        summary: '新建考试（未发布）',
        body: testBodySchema,
        response: { 201: testDetailSchema },
      },
      config: write,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await createTest(ctx, req.body);
      return reply.status(201).send(await toTestDetail(ctx, row));
    },
  );
  app.get(
    '/api/study/tests/:testId',
    {
      schema: { tags, summary: '考试详情', params: testParams, response: { 200: testDetailSchema } },
      config: read,
    },
    async (req) => {
      const ctx = ctxOf(req);
      return toTestDetail(ctx, await loadTest(ctx, req.params.testId));
    },
  );
  app.patch(
    '/api/study/tests/:testId',
    {
      schema: {
        tags,
        summary: '修改考试（只限未发布的）',
        params: testParams,
        body: testUpdateSchema,
        response: { 200: testDetailSchema },
      },
      config: write,
    },
    async (req) => {
      const ctx = ctxOf(req);
      return toTestDetail(ctx, await updateTest(ctx, req.params.testId, req.body));
    },
  );
  for (const [action, to, summary] of [
    ['publish', 'published', '发布考试：出现在参考人员手机首页'],
    ['close', 'closed', '提前结束考试'],
  ] as const)
    app.post(
      `/api/study/tests/:testId/${action}`,
      { schema: { tags, summary, params: testParams, response: { 200: testDetailSchema } }, config: write },
      async (req) => {
        const ctx = ctxOf(req);
        return toTestDetail(ctx, await moveTest(ctx, req.params.testId, to));
      },
    );
};
