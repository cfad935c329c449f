import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../contracts/api/common';
import {
  POINTS_SYSTEM_LABELS,
  rankingQuerySchema,
  statementQuerySchema,
} from '../../../contracts/api/points';
import { ledgerExportQuerySchema } from '../../../contracts/api/points-excel';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { ctxOf } from '../../platform/http/context';
import { exportHistory } from './history-export';
import { historyImporter } from './history-import';
import { historySheetSpec } from './history-sheet';
import { exportLedger } from './ledger-export';
import { exportRanking, exportStatement } from './report-exports';

// Points in Excel (issue 6 item 6). The ledger is a registry like the others: 历史积分 import
// (template, upload checked whole, job progress at /api/import-jobs) and the export of a region's
// entries, both under /api/points/ledger. Rankings and the shop's monthly statement as sheets.

const tags = ['points'];

const ledgerExcelRoutes = registryExcelRoutes({
  base: '/api/points/ledger',
  registry: 'points',
  tag: 'points',
  title: '积分流水',
  // Posting history without a claim is the approvers' business: county, township and village.
  writePermission: 'points.approve',
  readPermission: 'points.read',
  spec: async () => historySheetSpec,
  importer: historyImporter,
  exportQuery: ledgerExportQuerySchema,
  // format=history: the 历史积分 sheet, which imports back unchanged.
  exportRows: (ctx, q) => (q.format === 'history' ? exportHistory(ctx, q) : exportLedger(ctx, q)),
});

export const pointsExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(ledgerExcelRoutes);
  app.get(
    '/api/points/rankings/export',
    {
      schema: {
        tags,
        summary: '导出积分排名（条件同积分排名）',
        querystring: rankingQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: 'points.read' },
    },
    async (req, reply) => {
      const { stream } = await exportRanking(ctxOf(req), req.query);
      const name = `积分排名-${POINTS_SYSTEM_LABELS[req.query.system]}-${req.query.period}.xlsx`;
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(name)).send(stream);
    },
  );
  app.get(
    '/api/points/shops/:shopId/statement/export',
    {
      schema: {
        tags,
        summary: '导出月度对账单（含合计行）',
        params: z.object({ shopId: uuidSchema }),
        querystring: statementQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: 'points.shop' },
    },
    async (req, reply) => {
      const { stream, shopName } = await exportStatement(ctxOf(req), req.params.shopId, req.query.month);
      const name = `${shopName}-${req.query.month}-月度对账单.xlsx`;
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentName(name)).send(stream);
    },
  );
};
