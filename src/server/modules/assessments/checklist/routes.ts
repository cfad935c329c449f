import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checklistEntryBodySchema,
  checklistEntryParams,
  checklistEntrySchema,
  checklistItemBodySchema,
  checklistItemParams,
  checklistItemSchema,
  checklistItemsQuerySchema,
  checklistRefreshBodySchema,
  checklistRefreshSchema,
  checklistSummaryQuerySchema,
  checklistSummarySchema,
  checklistVillageParams,
  checklistYearQuerySchema,
  updateChecklistItemBodySchema,
  villageChecklistSchema,
} from '../../../../contracts/api/assess-checklist';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { createItem } from './create-item';
import { exportChecklistSummary } from './export-summary';
import { listItems } from './list-items';
import { readVillageChecklist } from './read-village';
import { refreshChecklist } from './refresh';
import { saveEntry } from './save-entry';
import { checklistSummary } from './summary';
import { updateItem } from './update-item';

// 十有五化 (docs/assessments.md §4): the county's items, a village's checklist, completion rates.

const tags = ['assessments'];
const read = { permission: 'assess.read' } as const;
const write = { permission: 'assess.checklist' } as const;

export const checklistRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assess/checklist/items',
    {
      schema: {
        tags,
        summary: '本县十有五化项目（县级管理员可含已停用的）',
        querystring: checklistItemsQuerySchema,
        response: { 200: z.array(checklistItemSchema) },
      },
      config: read,
    },
    (req) => listItems(ctxOf(req), req.query),
  );
  app.post(
    '/api/assess/checklist/items',
    {
      schema: {
        tags,
        summary: '新增十有五化项目（县级）',
        body: checklistItemBodySchema,
        response: { 201: checklistItemSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createItem(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/assess/checklist/items/:itemId',
    {
      schema: {
        tags,
        summary: '修改、停用或启用十有五化项目（县级）',
        params: checklistItemParams,
        body: updateChecklistItemBodySchema,
        response: { 200: checklistItemSchema },
      },
      config: write,
    },
    (req) => updateItem(ctxOf(req), req.params.itemId, req.body),
  );
  app.get(
    '/api/assess/checklist/villages/:regionCode',
    {
      schema: {
        tags,
        summary: '村的十有五化（某年度；本年度的自动判定项按当前记录重新判定）',
        params: checklistVillageParams,
        querystring: checklistYearQuerySchema,
        response: { 200: villageChecklistSchema },
      },
      config: read,
    },
    (req) => readVillageChecklist(ctxOf(req), req.params.regionCode, req.query),
  );
  app.put(
    '/api/assess/checklist/villages/:regionCode/items/:itemId',
    {
      schema: {
        tags,
        summary: '填写一项十有五化（是否完成、说明；自动判定项只能填写说明）',
        params: checklistEntryParams,
        body: checklistEntryBodySchema,
        response: { 200: checklistEntrySchema },
      },
      config: write,
    },
    (req) => saveEntry(ctxOf(req), req.params.regionCode, req.params.itemId, req.body),
  );
  app.get(
    '/api/assess/checklist/summary',
    {
      schema: {
        tags,
        summary: '十有五化完成率：各村完成率，各乡镇平均完成率与全部完成的村数',
        querystring: checklistSummaryQuerySchema,
        response: { 200: checklistSummarySchema },
      },
      config: read,
    },
    (req) => checklistSummary(ctxOf(req), req.query),
  );
  app.get(
    '/api/assess/checklist/summary/export',
    {
      schema: {
        tags,
        summary: '导出十有五化完成情况（条件同完成率）',
        querystring: checklistSummaryQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream, year } = await exportChecklistSummary(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`十有五化完成情况-${year}.xlsx`))
        .send(stream);
    },
  );
  app.post(
    '/api/assess/checklist/refresh',
    {
      schema: {
        tags,
        summary: '按当前记录重新判定各村的自动判定项（乡镇、县级；本年度）',
        body: checklistRefreshBodySchema,
        response: { 200: checklistRefreshSchema },
      },
      config: write,
    },
    (req) => refreshChecklist(ctxOf(req), req.body),
  );
};
