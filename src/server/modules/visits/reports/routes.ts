import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  reportPeriodQuerySchema,
  reportRecordsQuerySchema,
  reportRecordsSchema,
  visitsReportSchema,
} from '../../../../contracts/api/visits-reports';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { reportWorkbook } from './export-summary';
import { reportRecords } from './records';
import { visitsReport } from './summary';

// 走访监测报表 (docs/visits.md §6): the figures per region, the Excel, the records behind a figure.

const tags = ['visits'];
const read = { permission: 'monitoring.read' } as const;

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/visits/reports/summary',
    {
      schema: {
        tags,
        summary: '走访监测报表：分区域走访农户、问题、当场解决、转办、监测户、超时环节、风险消除',
        querystring: reportPeriodQuerySchema,
        response: { 200: visitsReportSchema },
      },
      config: read,
    },
    (req) => visitsReport(ctxOf(req), req.query),
  );
  app.get(
    '/api/visits/reports/summary.xlsx',
    {
      schema: {
        tags,
        summary: '导出走访监测报表（Excel，含标题、统计期间与合计）',
        querystring: reportPeriodQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { buffer, fileName } = await reportWorkbook(ctxOf(req), req.query);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(fileName)).send(buffer);
    },
  );
  app.get(
    '/api/visits/reports/records',
    {
      schema: {
        tags,
        summary: '穿透：报表中某一数字背后的记录（合计等于该数字）',
        querystring: reportRecordsQuerySchema,
        response: { 200: reportRecordsSchema },
      },
      config: read,
    },
    (req) => reportRecords(ctxOf(req), req.query),
  );
};
