import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../../../contracts/api/common';
import {
  atRiskFiltersSchema,
  atRiskPageSchema,
  atRiskQuerySchema,
  atRiskVillagesQuerySchema,
  atRiskVillagesSchema,
  createThresholdBodySchema,
  dismissBodySchema,
  householdParams,
  householdSignalsSchema,
  newRuleVersionBodySchema,
  patchThresholdBodySchema,
  ruleListSchema,
  ruleParams,
  ruleSchema,
  signalParams,
  signalSchema,
  sweepResultSchema,
  thresholdListSchema,
  thresholdParams,
  thresholdSchema,
} from '../../../../contracts/api/visits-monitoring';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { atRiskVillages, listAtRisk } from './at-risk';
import { exportAtRisk } from './export-at-risk';
import { listRules, newRuleVersion, ruleVersions } from './rule-versions';
import { dismissSignal, householdSignals } from './signals';
import { runSweepNow } from './sweep-now';
import { createThreshold, deleteThreshold, listThresholds, updateThreshold } from './thresholds';

// 防返贫监测规则 (docs/visits.md §2): thresholds, versioned rules, the sweep, the at-risk list and
// a household's signals.

const tags = ['monitoring'];
const read = { permission: 'monitoring.read' } as const;
const settings = { permission: 'monitoring.settings' } as const;
// 排除 a signal after checking: those who carry cases (county, township, village, stationed cadre).
const judge = { permission: 'monitoring.cases' } as const;
const base = '/api/monitoring';
const day = () => new Date().toISOString().slice(0, 10);

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${base}/thresholds`,
    {
      schema: {
        tags,
        summary: '监测标准（本县及上级省、市按年度设定；就近适用）',
        response: { 200: thresholdListSchema },
      },
      config: read,
    },
    (req) => listThresholds(ctxOf(req)),
  );
  app.post(
    `${base}/thresholds`,
    {
      schema: {
        tags,
        summary: '设定本县某年度的监测标准',
        body: createThresholdBodySchema,
        response: { 201: thresholdSchema },
      },
      config: settings,
    },
    async (req, reply) => reply.status(201).send(await createThreshold(ctxOf(req), req.body)),
  );
  app.patch(
    `${base}/thresholds/:thresholdId`,
    {
      schema: {
        tags,
        summary: '修改本县的监测标准',
        params: thresholdParams,
        body: patchThresholdBodySchema,
        response: { 200: thresholdSchema },
      },
      config: settings,
    },
    (req) => updateThreshold(ctxOf(req), req.params.thresholdId, req.body),
  );
  app.delete(
    `${base}/thresholds/:thresholdId`,
    {
      schema: { tags, summary: '删除本县的监测标准', params: thresholdParams, response: { 200: okSchema } },
      config: settings,
    },
    (req) => deleteThreshold(ctxOf(req), req.params.thresholdId),
  );
  app.get(
    `${base}/rules`,
    {
      schema: { tags, summary: '监测规则（当前版本）', response: { 200: ruleListSchema } },
      config: read,
    },
    (req) => listRules(ctxOf(req)),
  );
  app.get(
    `${base}/rules/:code/versions`,
    {
      schema: {
        tags,
        summary: '监测规则的全部版本（新版本在前）',
        params: ruleParams,
        response: { 200: ruleListSchema },
      },
      config: read,
    },
    (req) => ruleVersions(ctxOf(req), req.params.code),
  );
  app.post(
    `${base}/rules/:code/versions`,
    {
      schema: {
        tags,
        summary: '修改监测规则（保存为新版本，旧版本停止使用；可停用或启用）',
        params: ruleParams,
        body: newRuleVersionBodySchema,
        response: { 201: ruleSchema },
      },
      config: settings,
    },
    async (req, reply) => reply.status(201).send(await newRuleVersion(ctxOf(req), req.params.code, req.body)),
  );
  app.post(
    `${base}/sweep`,
    {
      schema: { tags, summary: '立即对本县农户运行监测规则扫描', response: { 200: sweepResultSchema } },
      config: settings,
    },
    (req) => runSweepNow(ctxOf(req)),
  );
  app.get(
    `${base}/at-risk`,
    {
      schema: {
        tags,
        summary: '返贫风险待核实农户（每户一行，列出全部风险原因；管辖范围内）',
        querystring: atRiskQuerySchema,
        response: { 200: atRiskPageSchema },
      },
      config: read,
    },
    (req) => listAtRisk(ctxOf(req), req.query),
  );
  app.get(
    `${base}/at-risk/villages`,
    {
      schema: {
        tags,
        summary: '各村返贫风险待核实户数（按当前筛选条件）',
        querystring: atRiskVillagesQuerySchema,
        response: { 200: atRiskVillagesSchema },
      },
      config: read,
    },
    (req) => atRiskVillages(ctxOf(req), req.query),
  );
  app.get(
    `${base}/at-risk/export`,
    {
      schema: {
        tags,
        summary: '导出返贫风险待核实农户（Excel，按当前筛选条件）',
        querystring: atRiskFiltersSchema,
        produces: [XLSX_TYPE],
      },
      config: read,
    },
    async (req, reply) => {
      const { stream } = await exportAtRisk(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName(`返贫风险农户-${day()}.xlsx`))
        .send(stream);
    },
  );
  app.get(
    `${base}/households/:householdId/signals`,
    {
      schema: {
        tags,
        summary: '农户的全部风险线索及原因',
        params: householdParams,
        response: { 200: householdSignalsSchema },
      },
      config: read,
    },
    (req) => householdSignals(ctxOf(req), req.params.householdId),
  );
  app.post(
    `${base}/signals/:signalId/dismiss`,
    {
      schema: {
        tags,
        summary: '核实后排除风险线索（须写明原因）',
        params: signalParams,
        body: dismissBodySchema,
        response: { 200: signalSchema },
      },
      config: judge,
    },
    (req) => dismissSignal(ctxOf(req), req.params.signalId, req.body.reason),
  );
};
