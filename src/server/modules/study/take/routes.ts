import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  answerBodySchema,
  answerParams,
  attemptParams,
  attemptSchema,
  myTestsSchema,
  savedAnswerSchema,
  testParams,
} from '../../../../contracts/api/study';
import { ctxOf } from '../../../platform/http/context';
import { saveAnswer, submitAttempt } from './answer';
import { toAttemptView } from './attempt-view';
import { myTests } from './my-tests';
import { loadOwnAttempt, loadTestAbove } from './own';
import { startAttempt } from './start-attempt';

// 参加考试 on the phone (docs/study.md §答题): my tests, start or continue, save each answer,
// hand in; the result with every wrong answer explained. No timers unless the test sets a limit.

const tags = ['study'];
const config = { permission: 'study.take' } as const;

export const takeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/study/mine',
    { schema: { tags, summary: '我的考试（可参加的和考过的）', response: { 200: myTestsSchema } }, config },
    async (req) => ({ items: await myTests(ctxOf(req)) }),
  );
  app.post(
    '/api/study/tests/:testId/attempts',
    {
      schema: {
        tags,
        summary: '开始答题（有未交的答卷则继续该答卷）',
        params: testParams,
        response: { 200: attemptSchema },
      },
      config,
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { attempt, test } = await startAttempt(ctx, req.params.testId);
      return toAttemptView(ctx, attempt, test);
    },
  );
  app.get(
    '/api/study/attempts/:attemptId',
    {
      schema: {
        tags,
        summary: '我的答卷（交卷后含正确答案和解析）',
        params: attemptParams,
        response: { 200: attemptSchema },
      },
      config,
    },
    async (req) => {
      const ctx = ctxOf(req);
      const attempt = await loadOwnAttempt(ctx, req.params.attemptId);
      return toAttemptView(ctx, attempt, await loadTestAbove(ctx, attempt.testId));
    },
  );
  app.put(
    '/api/study/attempts/:attemptId/answers/:position',
    {
      schema: {
        tags,
        summary: '保存一题的答案（随答随存）',
        params: answerParams,
        body: answerBodySchema,
        response: { 200: savedAnswerSchema },
      },
      config,
    },
    (req) => saveAnswer(ctxOf(req), req.params.attemptId, req.params.position, req.body.answer),
  );
  app.post(
    '/api/study/attempts/:attemptId/submit',
    {
      schema: { tags, summary: '交卷并判分', params: attemptParams, response: { 200: attemptSchema } },
      config,
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { attempt, test } = await submitAttempt(ctx, req.params.attemptId);
      return toAttemptView(ctx, attempt, test);
    },
  );
};
