import { z } from 'zod';
import { pageOf, pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 防返贫监测规则 (issue 15, docs/visits.md §2): thresholds per region and year, versioned rules
// R1–R4, the sweep that raises explained signals, and the at-risk list (the work queue).

const yearSchema = z.coerce
  .number()
  .int('年度应为整数')
  .min(2000, '年度应在2000年以后')
  .max(2100, '年度应在2100年以前');
const amountSchema = z.coerce
  .number({ message: '监测标准应为数字' })
  .int('监测标准以元为单位的整数')
  .min(1000, '监测标准应不低于 1,000 元')
  .max(100_000, '监测标准应不高于 100,000 元');
const noteSchema = z.string().trim().max(200, '备注最多200字').nullable().optional();

// —— thresholds ——

export const thresholdSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /** county, prefecture or province: the nearest one above a household wins. */
  level: z.string(),
  year: z.number().int(),
  amountYuan: z.number().int(),
  note: z.string().nullable(),
  /** The caller may change it (its own county's rows, with monitoring.settings). */
  editable: z.boolean(),
  updatedAt: z.string(),
});
export type ThresholdView = z.infer<typeof thresholdSchema>;
export const thresholdListSchema = z.object({ items: z.array(thresholdSchema) });

export const createThresholdBodySchema = z.object({
  year: yearSchema,
  amountYuan: amountSchema,
  note: noteSchema,
});
export const patchThresholdBodySchema = z.object({ amountYuan: amountSchema.optional(), note: noteSchema });
export const thresholdParams = z.object({ thresholdId: uuidSchema });

// —— rules ——

export const RULE_KINDS = ['income_below', 'rigid_spending', 'sudden_event', 'department_data'] as const;
export const ruleKindSchema = z.enum(RULE_KINDS);

export const ruleSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  code: z.string(),
  version: z.number().int(),
  kind: ruleKindSchema,
  name: z.string(),
  params: z.record(z.string(), z.unknown()),
  enabled: z.boolean(),
  createdAt: z.string(),
  supersededAt: z.string().nullable(),
  /** Open signals that name this rule (current version: all of the rule's open signals). */
  openSignals: z.number().int(),
});
export type RuleView = z.infer<typeof ruleSchema>;
export const ruleListSchema = z.object({ items: z.array(ruleSchema) });
export const ruleParams = z.object({ code: z.string().regex(/^R\d{1,3}$/, '规则代码应为 R1、R2 …') });

/** An edit of a rule: a new version (name, params checked per kind, enabled). */
export const newRuleVersionBodySchema = z.object({
  name: z.string().trim().min(2, '规则名称至少2字').max(60, '规则名称最多60字').optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  enabled: z.boolean().optional(),
});

// —— sweep ——

export const sweepResultSchema = z.object({
  households: z.number().int(),
  opened: z.number().int(),
  refreshed: z.number().int(),
  cleared: z.number().int(),
});

// —— signals and the at-risk list ——

export const SIGNAL_CHANNELS = ['rule', 'self', 'screening', 'department'] as const;
export const signalChannelSchema = z.enum(SIGNAL_CHANNELS, '渠道应为 rule、self、screening 或 department');

export const signalSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  regionCode: z.string(),
  channel: signalChannelSchema,
  ruleCode: z.string().nullable(),
  ruleVersion: z.number().int().nullable(),
  riskType: z.string().nullable(),
  reason: z.string(),
  facts: z.record(z.string(), z.unknown()),
  status: z.enum(['open', 'case', 'cleared', 'dismissed']),
  sourceId: z.string().nullable(),
  caseId: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
});
export type SignalView = z.infer<typeof signalSchema>;

export const householdSignalsSchema = z.object({
  householdId: z.string(),
  householdNo: z.string(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  items: z.array(signalSchema),
});
export const householdParams = z.object({ householdId: uuidSchema });
export const signalParams = z.object({ signalId: uuidSchema });
export const dismissBodySchema = z.object({
  reason: z.string().trim().min(2, '请写明排除原因（至少2字）').max(200, '排除原因最多200字'),
});

export const AT_RISK_SORTS = ['first-seen-desc', 'first-seen-asc', 'village', 'signals-desc'] as const;
export const atRiskFiltersSchema = z.object({
  regionCode: regionCodeSchema.optional(),
  channel: signalChannelSchema.optional(),
  riskType: z.string().trim().max(16, '风险类型最多16字').optional(),
  q: z.string().trim().max(50, '搜索词最多50字').optional(),
  sort: z
    .enum(AT_RISK_SORTS, '排序应为 first-seen-desc、first-seen-asc、village 或 signals-desc')
    .default('first-seen-desc'),
});
export const atRiskQuerySchema = pageQuerySchema.extend(atRiskFiltersSchema.shape);
export type AtRiskQuery = z.infer<typeof atRiskQuerySchema>;

export const atRiskReasonSchema = z.object({
  signalId: z.string(),
  channel: signalChannelSchema,
  ruleCode: z.string().nullable(),
  ruleVersion: z.number().int().nullable(),
  riskType: z.string().nullable(),
  reason: z.string(),
});
export const atRiskRowSchema = z.object({
  householdId: z.string(),
  householdNo: z.string(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  villageName: z.string(),
  reasons: z.array(atRiskReasonSchema),
  channels: z.array(signalChannelSchema),
  firstSeenAt: z.string(),
  caseId: z.string().nullable(),
  caseState: z.string().nullable(),
});
export type AtRiskRow = z.infer<typeof atRiskRowSchema>;
export const villageCountSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  count: z.number().int(),
});
export const atRiskPageSchema = pageOf(atRiskRowSchema);
/** Households at risk per village under the filters (the list's side panel). */
export const atRiskVillagesSchema = z.object({ items: z.array(villageCountSchema) });
export const atRiskVillagesQuerySchema = atRiskFiltersSchema.omit({ sort: true });
