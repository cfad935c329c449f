import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../../contracts/api/common';
import {
  boardCodeSchema,
  correctBodySchema,
  createItemBodySchema,
  disclosureKindListSchema,
  disclosureKindParamsSchema,
  disclosureKindSchema,
  disclosureTableSchema,
  generateBodySchema,
  itemActionBodySchema,
  itemActionParamsSchema,
  itemDetailSchema,
  itemListQuerySchema,
  itemPageSchema,
  itemParamsSchema,
  kindBodySchema,
  updateItemBodySchema,
  villageParamsSchema,
  withdrawBodySchema,
} from '../../../contracts/api/disclosure';
import { ctxOf } from '../../platform/http/context';
import { actOnItem } from './act-on-item';
import { boardCode } from './board-code';
import { createKind, listKinds, updateKind } from './catalogue';
import { createItem } from './create-item';
import { generateItem } from './from-records';
import { getItem } from './item-view';
import { listItems } from './list-items';
import { correctItem, withdrawItem } from './new-version';
import { importTable } from './table-import';
import { deleteItem, updateItem } from './update-item';

// 十公开 routes (docs/disclosure.md). Thin: schemas, permission, one use case each; the item's page
// comes back after every change. Who may take which step is policy.ts's and workflow.ts's.

const tags = ['disclosure'];
const read = { permission: 'disclosure.read' } as const;
const draft = { permission: 'disclosure.draft' } as const;

export const disclosureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/disclosure/kinds',
    {
      schema: {
        tags,
        summary: '本县公开目录（十公开类别与频次）',
        response: { 200: disclosureKindListSchema },
      },
      config: read,
    },
    (req) => listKinds(ctxOf(req)),
  );
  app.post(
    '/api/disclosure/kinds',
    {
      schema: {
        tags,
        summary: '增加公开类别（县）',
        body: kindBodySchema,
        response: { 201: disclosureKindSchema },
      },
      config: { permission: 'disclosure.catalogue' },
    },
    async (req, reply) => reply.status(201).send(await createKind(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/disclosure/kinds/:disclosureKindId',
    {
      schema: {
        tags,
        summary: '修改公开类别：名称、说明、频次、受益对象姓名打码、停用（县）',
        params: disclosureKindParamsSchema,
        body: kindBodySchema,
        response: { 200: disclosureKindSchema },
      },
      config: { permission: 'disclosure.catalogue' },
    },
    (req) => updateKind(ctxOf(req), req.params.disclosureKindId, req.body),
  );
  app.get(
    '/api/disclosure/items',
    {
      schema: {
        tags,
        summary: '公开事项台账（村、类别、状态、年度、搜索；排序分页）',
        querystring: itemListQuerySchema,
        response: { 200: itemPageSchema },
      },
      config: read,
    },
    (req) => listItems(ctxOf(req), req.query),
  );
  app.post(
    '/api/disclosure/items',
    {
      schema: {
        tags,
        summary: '起草公开事项（村）：类别、标题、期间、正文、可选表格',
        body: createItemBodySchema,
        response: { 201: itemDetailSchema },
      },
      config: draft,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await createItem(ctx, req.body);
      return reply.status(201).send(await getItem(ctx, row.id));
    },
  );
  app.post(
    '/api/disclosure/generate',
    {
      schema: {
        tags,
        summary: '从记录生成草稿：文明积分排名、星级评定结果、领办项目承诺、集体经济收入',
        body: generateBodySchema,
        response: { 201: itemDetailSchema },
      },
      config: draft,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await generateItem(ctx, req.body);
      return reply.status(201).send(await getItem(ctx, row.id));
    },
  );
  app.post(
    '/api/disclosure/table-import',
    {
      schema: {
        tags,
        summary: '从 Excel（.xlsx）读入表格：第一张工作表，第一行为列名（不保存，填入编辑中的表格）',
        consumes: ['multipart/form-data'],
        response: { 200: disclosureTableSchema },
      },
      config: draft,
    },
    (req) => importTable(req),
  );
  app.get(
    '/api/disclosure/items/:disclosureId',
    {
      schema: {
        tags,
        summary: '公开事项详情：内容、附件、各版本、流转记录和可做的操作',
        params: itemParamsSchema,
        response: { 200: itemDetailSchema },
      },
      config: read,
    },
    (req) => getItem(ctxOf(req), req.params.disclosureId),
  );
  app.patch(
    '/api/disclosure/items/:disclosureId',
    {
      schema: {
        tags,
        summary: '修改草稿或被退回的事项（已提交、已公开的答 409）',
        params: itemParamsSchema,
        body: updateItemBodySchema,
        response: { 200: itemDetailSchema },
      },
      config: draft,
    },
    async (req) => {
      const ctx = ctxOf(req);
      await updateItem(ctx, req.params.disclosureId, req.body);
      return getItem(ctx, req.params.disclosureId);
    },
  );
  app.delete(
    '/api/disclosure/items/:disclosureId',
    {
      schema: {
        tags,
        summary: '删除草稿或被退回的事项（已公开的不能删除）',
        params: itemParamsSchema,
        response: { 200: okSchema },
      },
      config: draft,
    },
    (req) => deleteItem(ctxOf(req), req.params.disclosureId),
  );
  app.post(
    '/api/disclosure/items/:disclosureId/actions/:action',
    {
      schema: {
        tags,
        summary:
          '流转：submit 提交审核（含身份证号、手机号、银行卡号的答 422 并指明位置）、approve 审核公开、return 退回 { reason }',
        params: itemActionParamsSchema,
        body: itemActionBodySchema,
        response: { 200: itemDetailSchema },
      },
      config: { permission: ['disclosure.draft', 'disclosure.approve'] },
    },
    (req) => actOnItem(ctxOf(req), req.params.disclosureId, req.params.action, req.body?.reason),
  );
  app.post(
    '/api/disclosure/items/:disclosureId/correct',
    {
      schema: {
        tags,
        summary: '更正已公开的事项：新版本草稿（写明理由），审核公开后原版本标为已更正并保留',
        params: itemParamsSchema,
        body: correctBodySchema,
        response: { 201: itemDetailSchema },
      },
      config: draft,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await correctItem(ctx, req.params.disclosureId, req.body);
      return reply.status(201).send(await getItem(ctx, row.id));
    },
  );
  app.post(
    '/api/disclosure/items/:disclosureId/withdraw',
    {
      schema: {
        tags,
        summary: '撤回已公开的事项：新版本直接提交审核（写明理由），审核后原版本标为已撤回并保留',
        params: itemParamsSchema,
        body: withdrawBodySchema,
        response: { 201: itemDetailSchema },
      },
      config: draft,
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await withdrawItem(ctx, req.params.disclosureId, req.body.reason);
      return reply.status(201).send(await getItem(ctx, row.id));
    },
  );
  app.get(
    '/api/disclosure/villages/:villageCode/board-code',
    {
      schema: {
        tags,
        summary: '村务公开栏二维码：公开页地址和二维码（SVG），供打印张贴',
        params: villageParamsSchema,
        response: { 200: boardCodeSchema },
      },
      config: read,
    },
    (req) =>
      boardCode(
        ctxOf(req),
        req.params.villageCode,
        req.server.services.config.PUBLIC_BASE_URL ?? `${req.protocol}://${req.host}`,
      ),
  );
};
