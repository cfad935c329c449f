import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  recordStepBodySchema,
  stepParams,
  stepRecordSchema,
  tenStepsQuerySchema,
  tenStepsSchema,
} from '../../../../contracts/api/visits-contacts';
import { ctxOf } from '../../../platform/http/context';
import { deleteStep, recordStep, restoreStep } from './record-step';
import { listTenSteps } from './ten-steps';

// 十步法 (docs/visits.md §5): each stationed cadre's ten steps, done or not.

const tags = ['visits'];
const manage = { permission: 'contacts.manage' } as const;

export const stepRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/contacts/ten-steps',
    {
      schema: {
        tags,
        summary: '十步法：每位驻村干部（来自驻村工作队，或直接填写的姓名）的十个步骤完成情况',
        querystring: tenStepsQuerySchema,
        response: { 200: tenStepsSchema },
      },
      config: { permission: 'contacts.read' },
    },
    (req) => listTenSteps(ctxOf(req), req.query.regionCode),
  );
  app.post(
    '/api/contacts/ten-steps',
    {
      schema: {
        tags,
        summary: '记录或更正一个步骤的完成日期（驻村干部本人，或乡镇、县）',
        body: recordStepBodySchema,
        response: { 200: stepRecordSchema },
      },
      config: manage,
    },
    (req) => recordStep(ctxOf(req), req.body),
  );
  app.delete(
    '/api/contacts/ten-steps/:tenStepId',
    {
      schema: {
        tags,
        summary: '撤销一个步骤的完成记录（可恢复）',
        params: stepParams,
        response: { 200: stepRecordSchema },
      },
      config: manage,
    },
    (req) => deleteStep(ctxOf(req), req.params.tenStepId),
  );
  app.post(
    '/api/contacts/ten-steps/:tenStepId/restore',
    {
      schema: {
        tags,
        summary: '恢复被撤销的步骤记录',
        params: stepParams,
        response: { 200: stepRecordSchema },
      },
      config: manage,
    },
    (req) => restoreStep(ctxOf(req), req.params.tenStepId),
  );
};
