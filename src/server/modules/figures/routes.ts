import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  figureCatalogueSchema,
  figureValuesQuerySchema,
  figureValuesSchema,
} from '../../../contracts/api/figures';
import { attachmentName, XLSX_TYPE } from '../../platform/excel/stream';
import { ctxOf } from '../../platform/http/context';
import { figureCatalogue } from './catalogue';
import { figureValuesWorkbook } from './export-values';
import { figureValues } from './figure-values';

const tags = ['figures'];
const read = { permission: 'figures.read' } as const;

export const figuresRoutes: FastifyPluginAsyncZod = async (app) => {
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
};
