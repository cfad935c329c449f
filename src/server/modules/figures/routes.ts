import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCodeSchema } from '../../../contracts/api/common';
import {
  dashboardLayoutSchema,
  dashboardQuerySchema,
  dashboardSchema,
  drillQuerySchema,
  drillSchema,
  figureCatalogueSchema,
  figureValuesQuerySchema,
  figureValuesSchema,
  reportBodySchema,
  reportListSchema,
  reportQuerySchema,
  reportSchema,
  reportSheetSchema,
} from '../../../contracts/api/figures';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { ctxOf } from '../../platform/http/context';
import { figureCatalogue } from './catalogue';
import { catalogueFigures, dashboard } from './dashboard';
import { drill } from './drill';
import { dashboardWorkbook } from './export-dashboard';
import { drillWorkbook } from './export-drill';
import { reportWorkbook } from './export-report';
import { figureValuesWorkbook } from './export-values';
import { figureValues } from './figure-values';
import { reportSheet } from './report-sheet';
import { createReport, deleteReport, findReport, listReports, updateReport } from './reports';
import { resetDashboardLayout, saveDashboardLayout } from './save-dashboard-layout';

const tags = ['figures'];
const read = { permission: 'figures.read' } as const;

export const figuresRoutes: FastifyPluginAsyncZod = async (app) => {
  // The installed figures' keys, listed in the API document (and tried one by one by the generic
  // scope test); an unknown key is refused in Chinese.
  const keys = [...catalogueFigures().keys()] as [string, ...string[]];
  const drillQuery = drillQuerySchema.extend({ key: z.enum(keys, { message: '指标目录中没有这项指标' }) });
  app.get(
    '/api/figures',
    {
      schema: {
        tags,
        summary: '指标目录：各模块从台账计算的指标、口径和单位',
        response: { 200: figureCatalogueSchema },
      },
      config: read,
    },
    () => figureCatalogue(),
  );
  app.get(
    '/api/figures/values',
    {
      schema: {
        tags,
        summary: '某一区域某一年度各项指标的数值（默认本级、今年）',
        querystring: figureValuesQuerySchema,
        response: { 200: figureValuesSchema },
      },
      config: read,
    },
    (req) => figureValues(ctxOf(req), req.query),
  );
  app.get(
    '/api/figures/values.xlsx',
    {
      schema: {
        tags,
        summary: '导出某一区域某一年度的各项指标（Excel，含单位、来源和口径）',
        querystring: figureValuesQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { buffer, fileName } = await figureValuesWorkbook(ctxOf(req), req.query);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(fileName)).send(buffer);
    },
  );
  app.get(
    '/api/figures/dashboard',
    {
      schema: {
        tags,
        summary: '驾驶舱：所选指标的本级、上年、下级各区域和分类数值（默认本级、今年）',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
      config: read,
    },
    (req) => dashboard(ctxOf(req), req.query),
  );
  app.get(
    '/api/figures/dashboard.xlsx',
    {
      schema: {
        tags,
        summary: '导出驾驶舱（Excel：各指标的本级、上年和下级各区域数值，含口径）',
        querystring: dashboardQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { buffer, fileName } = await dashboardWorkbook(ctxOf(req), req.query);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(fileName)).send(buffer);
    },
  );
  app.get(
    '/api/figures/drill',
    {
      schema: {
        tags,
        summary: '指标明细：某一指标在某一区域、年度背后的记录（分页）',
        querystring: drillQuery,
        response: { 200: drillSchema },
      },
      config: read,
    },
    (req) => drill(ctxOf(req), req.query),
  );
  app.get(
    '/api/figures/drill.xlsx',
    {
      schema: {
        tags,
        summary: '导出指标明细（Excel：某一指标在某一区域、期间背后的全部记录，含口径；记入审计日志）',
        querystring: drillQuery.omit({ page: true, pageSize: true }),
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { buffer, fileName } = await drillWorkbook(ctxOf(req), req.query);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(fileName)).send(buffer);
    },
  );
  app.put(
    '/api/figures/dashboard-layout',
    {
      schema: {
        tags,
        summary: '设置本区域驾驶舱显示的指标（下级未自行设置的同样显示）',
        body: dashboardLayoutSchema,
        response: { 200: dashboardSchema.shape.layout },
      },
      config: read,
    },
    (req) => saveDashboardLayout(ctxOf(req), req.body),
  );
  app.delete(
    '/api/figures/dashboard-layout/:regionCode',
    {
      schema: {
        tags,
        summary: '取消本区域自己的驾驶舱设置（恢复上级或标准设置）',
        params: z.object({ regionCode: regionCodeSchema }),
        response: { 200: dashboardSchema.shape.layout },
      },
      config: read,
    },
    (req) => resetDashboardLayout(ctxOf(req), req.params.regionCode),
  );
  const reportId = z.object({ reportId: z.string().min(1).max(64) });
  app.get(
    '/api/figures/reports',
    {
      schema: {
        tags,
        summary: '一表通：标准报表和本级、上级定义的报表',
        response: { 200: reportListSchema },
      },
      config: read,
    },
    (req) => listReports(ctxOf(req)),
  );
  app.post(
    '/api/figures/reports',
    {
      schema: {
        tags,
        summary: '定义一张一表通报表（行：乡镇或村；列：指标目录中的指标）',
        body: reportBodySchema,
        response: { 201: reportSchema },
      },
      config: read,
    },
    async (req, reply) => reply.code(201).send(await createReport(ctxOf(req), req.body)),
  );
  app.put(
    '/api/figures/reports/:reportId',
    {
      schema: {
        tags,
        summary: '修改一表通报表',
        params: reportId,
        body: reportBodySchema,
        response: { 200: reportSchema },
      },
      config: read,
    },
    (req) => updateReport(ctxOf(req), req.params.reportId, req.body),
  );
  app.delete(
    '/api/figures/reports/:reportId',
    {
      schema: {
        tags,
        summary: '删除一表通报表',
        params: reportId,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      config: read,
    },
    (req) => deleteReport(ctxOf(req), req.params.reportId),
  );
  app.get(
    '/api/figures/reports/:reportId/sheet',
    {
      schema: {
        tags,
        summary: '按某一区域、年度生成报表（数据）',
        params: reportId,
        querystring: reportQuerySchema,
        response: { 200: reportSheetSchema },
      },
      config: read,
    },
    async (req) => reportSheet(ctxOf(req), await findReport(ctxOf(req), req.params.reportId), req.query),
  );
  app.get(
    '/api/figures/reports/:reportId/sheet.xlsx',
    {
      schema: {
        tags,
        summary: '按某一区域、年度生成报表（Excel）',
        params: reportId,
        querystring: reportQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const sheet = await reportSheet(ctx, await findReport(ctx, req.params.reportId), req.query);
      const definitions = new Map([...catalogueFigures()].map(([k, f]) => [k, f.figure.definition.zh]));
      const { buffer, fileName } = await reportWorkbook(sheet, definitions);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(fileName)).send(buffer);
    },
  );
};
