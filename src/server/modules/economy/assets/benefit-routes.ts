import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../../../contracts/api/common';
import {
  benefitBodySchema,
  benefitFiltersSchema,
  benefitListQuerySchema,
  benefitPageSchema,
  benefitParams,
  benefitSchema,
  updateBenefitBodySchema,
} from '../../../../contracts/api/economy-assets';
import { XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { exportBenefits, listBenefits } from './list-benefits';
import { createBenefit, deleteBenefit, updateBenefit } from './save-benefit';
import { sendXlsx } from './xlsx';

// 利益联结: dividends and jobs households got from the collective, shown in 一户一档.

const tags = ['economy'];
const read = { permission: 'economy.read' } as const;
const write = { permission: 'economy.accounts' } as const;

export const benefitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/benefits',
    {
      schema: {
        tags,
        summary: '利益联结列表（村、年度、方式、经营主体、农户搜索），含金额与就业人数合计',
        querystring: benefitListQuerySchema,
        response: { 200: benefitPageSchema },
      },
      config: read,
    },
    (req) => listBenefits(ctxOf(req), req.query),
  );
  app.post(
    '/api/economy/benefits',
    {
      schema: {
        tags,
        summary: '登记农户受益（分红、就业、其他）',
        body: benefitBodySchema,
        response: { 201: benefitSchema },
      },
      config: write,
    },
    async (req, reply) => reply.status(201).send(await createBenefit(ctxOf(req), req.body)),
  );
  app.get(
    '/api/economy/benefits/export',
    {
      schema: {
        tags,
        summary: '导出利益联结（条件同列表）',
        querystring: benefitFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => sendXlsx(reply, '利益联结', await exportBenefits(ctxOf(req), req.query)),
  );
  app.patch(
    '/api/economy/benefits/:benefitId',
    {
      schema: {
        tags,
        summary: '修改农户受益',
        params: benefitParams,
        body: updateBenefitBodySchema,
        response: { 200: benefitSchema },
      },
      config: write,
    },
    (req) => updateBenefit(ctxOf(req), req.params.benefitId, req.body),
  );
  app.delete(
    '/api/economy/benefits/:benefitId',
    {
      schema: {
        tags,
        summary: '删除农户受益（删除前确认）',
        params: benefitParams,
        response: { 200: okSchema },
      },
      config: write,
    },
    (req) => deleteBenefit(ctxOf(req), req.params.benefitId),
  );
};
