import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  economyDrillQuerySchema,
  economyDrillSchema,
  economySummaryQuerySchema,
  economySummarySchema,
  economyTrendQuerySchema,
  economyTrendSchema,
  economyVillageParams,
  economyVillageSchema,
} from '../../../../contracts/api/economy-views';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { economyDrill } from './drill';
import { exportDrill } from './export-drill';
import { economySummary } from './summary';
import { economyTrend } from './trend';
import { economyVillage } from './village';

// 集体经济总览 (docs/economy.md §7): tier summaries, trend, drill-down and a village's page.

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;

export const viewsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/summary',
    {
      schema: {
        tags,
        summary: '集体经济档次汇总：各档次村数与收入合计、下级区域、目标进度、同比增长',
        querystring: economySummaryQuerySchema,
        response: { 200: economySummarySchema },
      },
      config: read,
    },
    (req) => economySummary(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/trend',
    {
      schema: {
        tags,
        summary: '集体经济历年趋势：每年收入合计与各档次村数',
        querystring: economyTrendQuerySchema,
        response: { 200: economyTrendSchema },
      },
      config: read,
    },
    (req) => economyTrend(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/drill',
    {
      schema: {
        tags,
        summary: '穿透到村：某一数字背后的村（合计等于该数字）',
        querystring: economyDrillQuerySchema,
        response: { 200: economyDrillSchema },
      },
      config: read,
    },
    (req) => economyDrill(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/drill.xlsx',
    {
      schema: {
        tags,
        summary: '导出穿透名单（条件同穿透到村）',
        querystring: economyDrillQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream, year } = await exportDrill(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`集体经济村名单-${year}.xlsx`))
        .send(stream);
    },
  );
  app.get(
    '/api/economy/villages/:regionCode',
    {
      schema: {
        tags,
        summary: '村集体经济档案：历年收支、资产、经营主体、方案、项目、结对',
        params: economyVillageParams,
        response: { 200: economyVillageSchema },
      },
      config: read,
    },
    (req) => economyVillage(ctxOf(req), req.params.regionCode),
  );
};
