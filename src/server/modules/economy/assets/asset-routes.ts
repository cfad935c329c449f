import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assetBodySchema,
  assetFiltersSchema,
  assetListQuerySchema,
  assetPageSchema,
  assetParams,
  assetSchema,
  assetSummaryQuerySchema,
  assetSummarySchema,
  updateAssetBodySchema,
} from '../../../../contracts/api/economy-assets';
import { XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { assetSummary } from './asset-summary';
import { assetView } from './asset-view';
import { deleteAsset, restoreAsset } from './delete-asset';
import { exportAssets } from './export-assets';
import { listAssets } from './list-assets';
import { loadAsset } from './load';
import { createAsset, updateAsset } from './save-asset';
import { sendXlsx } from './xlsx';

// 集体资产与闲置资产盘活 (docs/economy.md §3). Who edits which village is policy.ts's.

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const write = { permission: 'economy.accounts' } as const;
const one = { 200: assetSchema };

export const assetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/assets',
    {
      schema: {
        tags,
        summary: '集体资产列表（区划、类别、状态、闲置台账、搜索、排序）',
        querystring: assetListQuerySchema,
        response: { 200: assetPageSchema },
      },
      config: read,
    },
    (req) => listAssets(ctxOf(req), req.query),
  );
  app.post(
    '/api/economy/assets',
    {
      schema: { tags, summary: '新增集体资产', body: assetBodySchema, response: { 201: assetSchema } },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createAsset(ctxOf(req), req.body)),
  );
  app.get(
    '/api/economy/assets/export',
    {
      schema: {
        tags,
        summary: '导出集体资产或闲置资产盘活台账（条件同列表）',
        querystring: assetFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        req.query.idle ? '闲置资产盘活台账' : '集体资产',
        await exportAssets(ctxOf(req), req.query),
      ),
  );
  app.get(
    '/api/economy/assets/summary',
    {
      schema: {
        tags,
        summary: '闲置资产盘活汇总：按乡镇或村的闲置、盘活中、已盘活数与盘活后年收益',
        querystring: assetSummaryQuerySchema,
        response: { 200: assetSummarySchema },
      },
      config: read,
    },
    (req) => assetSummary(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/assets/:assetId',
    { schema: { tags, summary: '集体资产详情', params: assetParams, response: one }, config: read },
    async (req) => {
      const ctx = ctxOf(req);
      await loadAsset(ctx, req.params.assetId);
      return assetView(ctx, req.params.assetId);
    },
  );
  app.patch(
    '/api/economy/assets/:assetId',
    {
      schema: {
        tags,
        summary: '修改集体资产',
        params: assetParams,
        body: updateAssetBodySchema,
        response: one,
      },
      config: write,
    },
    (req) => updateAsset(ctxOf(req), req.params.assetId, req.body),
  );
  app.delete(
    '/api/economy/assets/:assetId',
    {
      schema: { tags, summary: '删除集体资产（可撤销）', params: assetParams, response: one },
      config: write,
    },
    (req) => deleteAsset(ctxOf(req), req.params.assetId),
  );
  app.post(
    '/api/economy/assets/:assetId/restore',
    { schema: { tags, summary: '撤销删除集体资产', params: assetParams, response: one }, config: write },
    (req) => restoreAsset(ctxOf(req), req.params.assetId),
  );
};
