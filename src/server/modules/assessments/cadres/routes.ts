import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cadreAssessmentParams,
  cadreAssessmentSchema,
  cadreFiltersSchema,
  cadreListQuerySchema,
  cadrePageSchema,
  cadreRulesSchema,
  cadreRulesViewSchema,
  confirmBulkBodySchema,
  confirmResultSchema,
  generateBodySchema,
  generateResultSchema,
  gradeCountsQuerySchema,
  gradeCountsSchema,
  scoresBodySchema,
} from '../../../../contracts/api/assess-cadres';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { confirmOne, confirmTownship } from './confirm';
import { enterScores } from './enter-scores';
import { exportCadreGrades } from './export';
import { generateSheet } from './generate';
import { gradeCounts } from './grade-counts';
import { listCadreAssessments } from './list';
import { getCadreRules, updateCadreRules } from './rules';

// 村干部考核 (docs/assessments.md §6): rules, the year's sheet, scores, confirmation, export.

const tags = ['assessments'];
const read = { permission: ['assess.cadres', 'assess.read'] } as const;
const write = { permission: 'assess.cadres' } as const;
const base = '/api/assess/cadre-assessments';

export const cadreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/cadre-rules',
    {
      schema: { tags, summary: '本县村干部考核规则', response: { 200: cadreRulesViewSchema } },
      config: read,
    },
    (req) => getCadreRules(ctxOf(req)),
  );
  app.put(
    '/api/assess/cadre-rules',
    {
      schema: {
        tags,
        summary: '修改村干部考核规则（县级；未确认的考核结果按新规则重算）',
        body: cadreRulesSchema,
        response: { 200: cadreRulesViewSchema },
      },
      config: write,
    },
    (req) => updateCadreRules(ctxOf(req), req.body),
  );
  app.post(
    `${base}/generate`,
    {
      schema: {
        tags,
        summary: '生成年度考核表（按干部名册和驻村第一书记，已有的不重复生成）',
        body: generateBodySchema,
        response: { 200: generateResultSchema },
      },
      config: write,
    },
    (req) => generateSheet(ctxOf(req), req.body),
  );
  app.get(
    base,
    {
      schema: {
        tags,
        summary: '年度考核表',
        querystring: cadreListQuerySchema,
        response: { 200: cadrePageSchema },
      },
      config: read,
    },
    (req) => listCadreAssessments(ctxOf(req), req.query),
  );
  app.get(
    `${base}/grade-counts`,
    {
      schema: {
        tags,
        summary: '各乡镇考核等次统计（含一票赞成）',
        querystring: gradeCountsQuerySchema,
        response: { 200: gradeCountsSchema },
      },
      config: read,
    },
    (req) => gradeCounts(ctxOf(req), req.query.year),
  );
  app.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: '导出绩效等次（供财政发放绩效报酬；条件同考核表）',
        querystring: cadreFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream } = await exportCadreGrades(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`村干部考核绩效等次-${req.query.year}.xlsx`))
        .send(stream);
    },
  );
  app.post(
    `${base}/confirm`,
    {
      schema: {
        tags,
        summary: '县级批量确认一个乡镇的考核结果（未评出等次的除外）',
        body: confirmBulkBodySchema,
        response: { 200: confirmResultSchema },
      },
      config: write,
    },
    (req) => confirmTownship(ctxOf(req), req.body),
  );
  app.patch(
    `${base}/:cadreAssessmentId`,
    {
      schema: {
        tags,
        summary: '录入考核得分（乡镇：两评、一议、述职、一票赞成或否决）',
        params: cadreAssessmentParams,
        body: scoresBodySchema,
        response: { 200: cadreAssessmentSchema },
      },
      config: write,
    },
    (req) => enterScores(ctxOf(req), req.params.cadreAssessmentId, req.body),
  );
  app.post(
    `${base}/:cadreAssessmentId/confirm`,
    {
      schema: {
        tags,
        summary: '县级确认考核结果（确认后不能修改）',
        params: cadreAssessmentParams,
        response: { 200: cadreAssessmentSchema },
      },
      config: write,
    },
    (req) => confirmOne(ctxOf(req), req.params.cadreAssessmentId),
  );
};
