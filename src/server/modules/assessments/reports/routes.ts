import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  flagsReportQuerySchema,
  flagsReportSchema,
  flagsVillagesQuerySchema,
  flagVillageSchema,
  noticePrintSchema,
  rectificationsReportQuerySchema,
  rectificationsReportSchema,
  rectificationsVillagesQuerySchema,
  reportVillageSchema,
  starsReportQuerySchema,
  starsReportSchema,
  starsVillagesQuerySchema,
  weakVillageSchema,
} from '../../../../contracts/api/assess-reports';
import { pageOf, uuidSchema } from '../../../../contracts/api/common';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { exportFlags, exportRectifications, exportStars } from './export-reports';
import { flagsReport, flagVillages } from './flags-report';
import { noticePrint } from './notice-print';
import { rectificationsReport, rectificationVillages } from './rectifications-report';
import { starsReport, starsVillages } from './stars-report';

// 考核报表 (docs/assessments.md §7): three reports, the villages behind each figure, Excel of
// each, and the printable 公示 of a campaign. County staff see the county, township staff theirs.

const tags = ['assessments'];
const config = { permission: 'assess.read' } as const;

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/reports/stars',
    {
      schema: {
        tags,
        summary: '星级统计：各乡镇各星级村数（已发布的评定，或动态调整后的当前星级）',
        querystring: starsReportQuerySchema,
        response: { 200: starsReportSchema },
      },
      config,
    },
    (req) => starsReport(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/reports/stars/villages',
    {
      schema: {
        tags,
        summary: '星级统计下钻：某乡镇某星级的村',
        querystring: starsVillagesQuerySchema,
        response: { 200: pageOf(reportVillageSchema) },
      },
      config,
    },
    (req) => starsVillages(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/reports/flags',
    {
      schema: {
        tags,
        summary: '红旗统计：各类红旗各年度授予数',
        querystring: flagsReportQuerySchema,
        response: { 200: flagsReportSchema },
      },
      config,
    },
    (req) => flagsReport(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/reports/flags/villages',
    {
      schema: {
        tags,
        summary: '红旗统计下钻：某年度某类红旗授予的乡镇、村、屯和户所在村',
        querystring: flagsVillagesQuerySchema,
        response: { 200: pageOf(flagVillageSchema) },
      },
      config,
    },
    (req) => flagVillages(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/reports/rectifications',
    {
      schema: {
        tags,
        summary: '整顿统计：各年度各乡镇软弱涣散村党组织认定、销号、巩固数',
        querystring: rectificationsReportQuerySchema,
        response: { 200: rectificationsReportSchema },
      },
      config,
    },
    (req) => rectificationsReport(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/reports/rectifications/villages',
    {
      schema: {
        tags,
        summary: '整顿统计下钻：某年度认定、销号或巩固的村',
        querystring: rectificationsVillagesQuerySchema,
        response: { 200: pageOf(weakVillageSchema) },
      },
      config,
    },
    (req) => rectificationVillages(ctxOf(req), req.query),
  );
  const exports = [
    ['stars', '星级统计', starsReportQuerySchema, exportStars],
    ['flags', '红旗统计', flagsReportQuerySchema, exportFlags],
    ['rectifications', '整顿统计', rectificationsReportQuerySchema, exportRectifications],
  ] as const;
  for (const [path, title, querystring, run] of exports)
    app.get(
      `/api/assess/reports/${path}/export`,
      {
        schema: { tags, summary: `导出${title}（条件同${title}）`, querystring, produces: [XLSX_TYPE] },
        config,
      },
      async (req, reply) => {
        // biome-ignore lint/suspicious/noExplicitAny: each export takes its own report's query
        const { stream } = await run(ctxOf(req), req.query as any);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentName(`${title}.xlsx`))
          .send(stream);
      },
    );
  app.get(
    '/api/assess/reports/notice/:campaignId',
    {
      schema: {
        tags,
        summary: '星级评定结果公示（A4 打印）：各村星级、公示期',
        params: z.object({ campaignId: uuidSchema }),
        response: { 200: noticePrintSchema },
      },
      config,
    },
    (req) => noticePrint(ctxOf(req), req.params.campaignId),
  );
};
