import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseActionBodySchema,
  caseActionParams,
  caseDetailSchema,
  caseListQuerySchema,
  caseMeasureParams,
  caseMeasureSchema,
  casePageSchema,
  caseParams,
  followupInputSchema,
  followupSchema,
  measureInputSchema,
  measurePatchSchema,
  noticeParams,
  noticeSchema,
  startCaseBodySchema,
} from '../../../../contracts/api/visits-cases';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { actOnCase } from './act-on-case';
import { exportCases } from './export-cases';
import { addFollowup, listFollowups } from './followups';
import { getCase } from './get-case';
import { listCases } from './list-cases';
import { addMeasure, deleteMeasure, listMeasures, updateMeasure } from './measures';
import { villageNotice } from './notice';
import { startCase } from './start-case';

// 监测对象识别 (docs/visits.md §4): start, the steps of the workflow, measures, follow-ups, the list
// with its export and the village notice. Who takes each step is policy.ts's.

const tags = ['monitoring'];
const read = { permission: 'monitoring.read' } as const;
const write = { permission: 'monitoring.cases' } as const;
const measures = z.array(caseMeasureSchema);

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/monitoring/cases',
    {
      schema: {
        tags,
        summary: '监测对象识别台账（状态、超时、区划、户主或户编号搜索，分页排序）',
        querystring: caseListQuerySchema,
        response: { 200: casePageSchema },
      },
      config: read,
    },
    (req) => listCases(ctxOf(req), req.query),
  );
  app.get(
    '/api/monitoring/cases/export',
    {
      schema: {
        tags,
        summary: '导出识别台账（条件同列表）',
        querystring: caseListQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filters } = req.query;
      const { stream } = await exportCases(ctxOf(req), filters);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('监测对象识别台账.xlsx'))
        .send(stream);
    },
  );
  app.post(
    '/api/monitoring/cases',
    {
      schema: {
        tags,
        summary: '启动监测对象识别（村级核实开始；每户只能有一个进行中的识别或监测）',
        body: startCaseBodySchema,
        response: { 201: caseDetailSchema },
      },
      config: write,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await startCase(ctx, req.body);
      return reply.status(201).send(await getCase(ctx, row.id));
    },
  );
  app.get(
    '/api/monitoring/cases/:caseId',
    {
      schema: {
        tags,
        summary: '识别详情：步骤与时限、流转记录、帮扶措施、跟踪回访、可做的操作',
        params: caseParams,
        response: { 200: caseDetailSchema },
      },
      config: read,
    },
    (req) => getCase(ctxOf(req), req.params.caseId),
  );
  app.post(
    '/api/monitoring/cases/:caseId/actions/:action',
    {
      schema: {
        tags,
        summary: '识别流转：完成核实、比对、公示、审核、审定、不予纳入、申请或审定风险消除',
        params: caseActionParams,
        body: caseActionBodySchema,
        response: { 200: caseDetailSchema },
      },
      config: write,
    },
    (req) => actOnCase(ctxOf(req), req.params.caseId, req.params.action, req.body),
  );
  app.get(
    '/api/monitoring/cases/:caseId/measures',
    {
      schema: { tags, summary: '帮扶措施', params: caseParams, response: { 200: measures } },
      config: read,
    },
    (req) => listMeasures(ctxOf(req), req.params.caseId),
  );
  app.post(
    '/api/monitoring/cases/:caseId/measures',
    {
      schema: {
        tags,
        summary: '增加帮扶措施（县级审定起）',
        params: caseParams,
        body: measureInputSchema,
        response: { 201: measures },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await addMeasure(ctxOf(req), req.params.caseId, req.body)),
  );
  app.patch(
    '/api/monitoring/cases/:caseId/measures/:measureId',
    {
      schema: {
        tags,
        summary: '修改帮扶措施',
        params: caseMeasureParams,
        body: measurePatchSchema,
        response: { 200: measures },
      },
      config: write,
    },
    (req) => updateMeasure(ctxOf(req), req.params.caseId, req.params.measureId, req.body),
  );
  app.delete(
    '/api/monitoring/cases/:caseId/measures/:measureId',
    {
      schema: { tags, summary: '删除帮扶措施', params: caseMeasureParams, response: { 200: measures } },
      config: write,
    },
    (req) => deleteMeasure(ctxOf(req), req.params.caseId, req.params.measureId),
  );
  app.get(
    '/api/monitoring/cases/:caseId/followups',
    {
      schema: {
        tags,
        summary: '跟踪回访（含当年监测标准）',
        params: caseParams,
        response: { 200: z.array(followupSchema) },
      },
      config: read,
    },
    (req) => listFollowups(ctxOf(req), req.params.caseId),
  );
  app.post(
    '/api/monitoring/cases/:caseId/followups',
    {
      schema: {
        tags,
        summary: '记录跟踪回访（纳入监测后）',
        params: caseParams,
        body: followupInputSchema,
        response: { 201: z.array(followupSchema) },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await addFollowup(ctxOf(req), req.params.caseId, req.body)),
  );
  app.get(
    '/api/monitoring/notices/:villageCode',
    {
      schema: {
        tags,
        summary: '民主评议公示（本村及乡镇、县可见；不含身份证号、电话、银行账号和健康信息）',
        params: noticeParams,
        response: { 200: noticeSchema },
      },
      config: { permission: ['monitoring.read', 'monitoring.request'] },
    },
    (req) => villageNotice(ctxOf(req), req.params.villageCode),
  );
};
