import { z } from 'zod';
import { roleSchema } from '../roles';
import { attachmentSchema } from './attachments';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';
import { workflowActionSchema, workflowStepSchema } from './workflow';

// Points (issue 6, DOMAIN.md §4, CATALOGUES.md §3–4): 党员积分 for party members, 文明积分 and the
// 积分超市 for households. Points are whole numbers; a ledger entry is never edited.

export const pointsSystemSchema = z.enum(['member', 'civil'], '积分类别应为党员积分或文明积分');
export type PointsSystem = z.infer<typeof pointsSystemSchema>;
export const POINTS_SYSTEM_LABELS: Record<PointsSystem, string> = { member: '党员积分', civil: '文明积分' };

export const capPeriodSchema = z.enum(['month', 'quarter', 'year'], '上限周期应为月、季或年');
export const CAP_PERIOD_LABELS = { month: '每月', quarter: '每季', year: '每年' } as const;

const isoDay = z.iso.date('日期格式应为 YYYY-MM-DD');
const points = z
  .number('分值应为整数')
  .int('分值应为整数')
  .min(-1000, '分值不能小于 -1000')
  .max(1000, '分值不能大于 1000');
const reason = z.string().trim().min(2, '请填写理由（至少2字）').max(200, '理由最多200字');

// —— 规则 rules ——

const ruleFields = z.object({
  code: z
    .string()
    .trim()
    .min(1, '请填写规则编号')
    .max(16, '规则编号最多16字')
    .regex(/^[0-9A-Za-z\-\u4e00-\u9fa5]+$/, '规则编号只能含字母、数字、汉字和连字符'),
  name: z.string().trim().min(2, '请填写规则名称').max(100, '规则名称最多100字'),
  points: points.refine((n) => n !== 0, '分值不能为 0'),
  maxPoints: points.nullable().optional(),
  evidenceRequired: z.boolean().default(false),
  proposerRoles: z.array(roleSchema).min(1, '请选择谁可以申报').max(8),
  approverRoles: z.array(roleSchema).min(1, '请选择谁可以审核').max(8),
  cap: z.number().int('上限应为整数').min(1, '上限至少为1').max(10_000).nullable().optional(),
  capPeriod: capPeriodSchema.nullable().optional(),
  /** 扣分并暂停兑换的月数（如违规滥办酒席暂停 3 个月）. */
  freezeMonths: z
    .number()
    .int('月数应为整数')
    .min(1, '暂停月数至少为1')
    .max(24, '暂停月数最多24')
    .nullable()
    .optional(),
  note: z.string().trim().max(500, '说明最多500字').nullable().optional(),
  active: z.boolean().default(true),
});

const checkRule = (
  r: {
    points?: number;
    maxPoints?: number | null;
    cap?: number | null;
    capPeriod?: string | null;
    freezeMonths?: number | null;
  },
  ctx: z.RefinementCtx,
) => {
  if (r.freezeMonths != null && r.points != null && r.points > 0)
    ctx.addIssue({ code: 'custom', path: ['freezeMonths'], message: '只有扣分规则可以暂停兑换' });
  if (r.maxPoints != null && r.points != null) {
    if (Math.sign(r.maxPoints) !== Math.sign(r.points) || Math.abs(r.maxPoints) <= Math.abs(r.points))
      ctx.addIssue({ code: 'custom', path: ['maxPoints'], message: '分值范围的上限应与下限同号且更大' });
  }
  if ((r.cap == null) !== (r.capPeriod == null))
    ctx.addIssue({ code: 'custom', path: ['capPeriod'], message: '上限和上限周期须同时填写' });
};

export const createRuleBodySchema = ruleFields
  .extend({ regionCode: regionCodeSchema, system: pointsSystemSchema })
  .superRefine(checkRule);
export type CreateRuleBody = z.infer<typeof createRuleBodySchema>;

export const updateRuleBodySchema = ruleFields.omit({ code: true }).partial().superRefine(checkRule);
export type UpdateRuleBody = z.infer<typeof updateRuleBodySchema>;

export const ruleLevelSchema = z.enum(['county', 'township', 'village']);
export const RULE_LEVEL_LABELS = { county: '县级目录', township: '乡镇补充', village: '村规民约' } as const;

export const ruleSchema = z.object({
  id: uuidSchema,
  ruleKey: uuidSchema,
  version: z.number().int(),
  regionCode: z.string(),
  level: ruleLevelSchema,
  system: pointsSystemSchema,
  code: z.string(),
  name: z.string(),
  points: z.number().int(),
  maxPoints: z.number().int().nullable(),
  evidenceRequired: z.boolean(),
  proposerRoles: z.array(roleSchema),
  approverRoles: z.array(roleSchema),
  cap: z.number().int().nullable(),
  capPeriod: capPeriodSchema.nullable(),
  freezeMonths: z.number().int().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  supersededAt: z.string().nullable(),
});
export type RuleView = z.infer<typeof ruleSchema>;

export const listRulesQuerySchema = z.object({
  system: pointsSystemSchema.optional(),
  /** A village: the rules that apply there (county + township + village). Else the caller's own level. */
  regionCode: regionCodeSchema.optional(),
  includeInactive: z.coerce.boolean().default(false),
});

// —— 账户 accounts ——

export const accountSchema = z.object({
  id: uuidSchema,
  system: pointsSystemSchema,
  regionCode: z.string(),
  holderId: uuidSchema,
  /** 党员姓名, or 户主姓名 for a household. */
  holderName: z.string(),
  householdNo: z.string().nullable(),
  balance: z.number().int(),
  /** Points earned minus deducted this year (the member's yearly score is 100 + this). */
  yearTotal: z.number().int(),
  frozenUntil: z.string().nullable(),
});
export type AccountView = z.infer<typeof accountSchema>;

export const listAccountsQuerySchema = pageQuerySchema.extend({
  system: pointsSystemSchema,
  regionCode: regionCodeSchema.optional(),
  q: z.string().trim().max(32).optional(),
  sort: z.enum(['balance', 'name']).default('balance'),
});

export const holderQuerySchema = z.object({ system: pointsSystemSchema, holderId: uuidSchema });

export const ledgerKindSchema = z.enum([
  'award',
  'deduction',
  'redeem',
  'redeem_cancel',
  'reversal',
  'import',
]);
export const LEDGER_KIND_LABELS = {
  award: '加分',
  deduction: '扣分',
  redeem: '兑换',
  redeem_cancel: '兑换撤销',
  reversal: '冲正',
  import: '历史导入',
} as const;

export const ledgerEntrySchema = z.object({
  id: uuidSchema,
  accountId: uuidSchema,
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  kind: ledgerKindSchema,
  ruleCode: z.string().nullable(),
  ruleName: z.string().nullable(),
  claimId: uuidSchema.nullable(),
  redemptionId: uuidSchema.nullable(),
  reversesId: uuidSchema.nullable(),
  reversedBy: uuidSchema.nullable(),
  occurredOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntryView = z.infer<typeof ledgerEntrySchema>;

export const ledgerQuerySchema = pageQuerySchema.extend({
  from: isoDay.optional(),
  to: isoDay.optional(),
});

export const reverseBodySchema = z.object({ reason });

// —— 申报与审核 claims ——

export const createClaimBodySchema = z.object({
  system: pointsSystemSchema,
  /** party_members.id (党员积分) or households.id (文明积分). */
  holderId: uuidSchema,
  ruleId: uuidSchema,
  /** Needed only for a rule with a range (e.g. +5 to +10). */
  points: points.optional(),
  occurredOn: isoDay,
  note: z.string().trim().max(500, '说明最多500字').optional(),
  /** Keep it unsent (未提交) to add photos first; submitted otherwise. */
  draft: z.boolean().optional(),
});
export type CreateClaimBody = z.infer<typeof createClaimBodySchema>;

export const claimStatusSchema = z.enum(['draft', 'pending', 'approved', 'returned', 'withdrawn']);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export const CLAIM_STATUS_LABELS = {
  draft: '未提交',
  pending: '待审核',
  approved: '已通过',
  returned: '已退回',
  withdrawn: '已撤回',
} as const;

export const claimSchema = z.object({
  id: uuidSchema,
  system: pointsSystemSchema,
  regionCode: z.string(),
  accountId: uuidSchema,
  holderName: z.string(),
  householdNo: z.string().nullable(),
  ruleId: uuidSchema,
  ruleCode: z.string(),
  ruleName: z.string(),
  points: z.number().int(),
  occurredOn: z.string(),
  note: z.string().nullable(),
  status: claimStatusSchema,
  proposedByName: z.string().nullable(),
  proposedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** Photos (platform attachments of kind points_claim). */
  evidence: z.array(attachmentSchema),
  /** The rule asks for a photo: approval is refused without one. */
  evidenceRequired: z.boolean(),
  /** The roles that may approve or return it (the rule's). */
  approverRoles: z.array(roleSchema),
  /** What the caller may do with it now (submit, approve, return, resubmit, withdraw). */
  actions: z.array(workflowActionSchema),
});
export type ClaimView = z.infer<typeof claimSchema>;

export const listClaimsQuerySchema = pageQuerySchema.extend({
  system: pointsSystemSchema.optional(),
  status: claimStatusSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  accountId: uuidSchema.optional(),
  /** Only the caller's own proposals, in any status (我的申报). */
  mine: z.stringbool().optional(),
});

export const returnClaimBodySchema = z.object({ reason });

/** A claim with the steps it took (提交、退回、重新提交、通过 …). */
export const claimDetailSchema = claimSchema.extend({ history: z.array(workflowStepSchema) });
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

// —— 排名、先锋墙、笑脸墙 rankings and boards ——

export const periodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '期间应为 YYYY 或 YYYY-MM');

export const rankingQuerySchema = z.object({
  system: pointsSystemSchema,
  /** A branch (党组织), or a region (village, township, county) to rank within. */
  orgId: uuidSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  period: periodSchema,
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const rankingItemSchema = z.object({
  rank: z.number().int(),
  accountId: uuidSchema,
  holderName: z.string(),
  householdNo: z.string().nullable(),
  regionCode: z.string(),
  villageName: z.string().nullable(),
  orgName: z.string().nullable(),
  total: z.number().int(),
  /** 党员: 100 + the year's total (CATALOGUES §3); null for monthly and civil rankings. */
  score: z.number().int().nullable(),
  stars: z.number().int().nullable(),
});
export const rankingSchema = z.object({ period: z.string(), items: z.array(rankingItemSchema) });

export const boardQuerySchema = z.object({ period: periodSchema.optional() });

export const boardItemSchema = z.object({
  /** Names as villages post them: 黄*明. */
  maskedName: z.string(),
  total: z.number().int(),
  score: z.number().int().nullable(),
  stars: z.number().int().nullable(),
  smile: z.enum(['smile', 'neutral', 'sad']).nullable(),
});
export const boardSchema = z.object({
  villageName: z.string(),
  period: z.string(),
  items: z.array(boardItemSchema),
});

// —— 积分超市 shops, goods, redemptions ——

export const shopBodySchema = z.object({
  regionCode: regionCodeSchema,
  name: z.string().trim().min(2, '请填写超市名称').max(50, '超市名称最多50字'),
  cancelMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60, '撤销时限最多7天')
    .default(60),
  note: z.string().trim().max(200).nullable().optional(),
});
export const updateShopBodySchema = shopBodySchema.omit({ regionCode: true }).partial();

export const shopSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  villageName: z.string().nullable(),
  name: z.string(),
  cancelMinutes: z.number().int(),
  note: z.string().nullable(),
  goodsCount: z.number().int(),
});

export const goodsBodySchema = z.object({
  name: z.string().trim().min(1, '请填写商品名称').max(50, '商品名称最多50字'),
  unit: z.string().trim().min(1).max(8, '单位最多8字').default('件'),
  price: z.number('积分价格应为整数').int('积分价格应为整数').min(1, '积分价格至少为1').max(100_000),
  active: z.boolean().default(true),
  sortOrder: z.number().int().default(0),
});
export const updateGoodsBodySchema = goodsBodySchema.partial();

export const goodsSchema = z.object({
  id: uuidSchema,
  shopId: uuidSchema,
  name: z.string(),
  unit: z.string(),
  price: z.number().int(),
  stock: z.number().int(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});

export const stockInBodySchema = z.object({
  quantity: z.number('数量应为整数').int('数量应为整数').min(1, '入库数量至少为1').max(100_000),
  source: z.string().trim().min(2, '请填写来源（如帮扶单位捐赠）').max(100),
  note: z.string().trim().max(200).optional(),
});

export const redeemBodySchema = z.object({
  householdId: uuidSchema,
  lines: z
    .array(z.object({ goodsId: uuidSchema, quantity: z.number().int().min(1, '数量至少为1').max(1000) }))
    .min(1, '请选择要兑换的商品')
    .max(50),
  /** true at the counter (goods handed over now); false reserves them for pick-up with the code. */
  handOver: z.boolean().default(true),
});
export type RedeemBody = z.infer<typeof redeemBodySchema>;

export const redemptionStatusSchema = z.enum(['reserved', 'handed_over', 'cancelled']);
export const REDEMPTION_STATUS_LABELS = {
  reserved: '待取货',
  handed_over: '已领取',
  cancelled: '已撤销',
} as const;

export const redemptionSchema = z.object({
  id: uuidSchema,
  shopId: uuidSchema,
  accountId: uuidSchema,
  holderName: z.string(),
  householdNo: z.string().nullable(),
  code: z.string(),
  lines: z.array(
    z.object({
      goodsId: uuidSchema,
      name: z.string(),
      unit: z.string(),
      price: z.number().int(),
      quantity: z.number().int(),
    }),
  ),
  total: z.number().int(),
  status: redemptionStatusSchema,
  balanceAfter: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  handedOverAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Until when the counter may still cancel goods handed over (null otherwise). */
  cancellableUntil: z.string().nullable(),
  /** Whether it may be cancelled now: a reservation until picked up, goods handed over within the window. */
  cancellable: z.boolean(),
});
export type RedemptionView = z.infer<typeof redemptionSchema>;

export const listRedemptionsQuerySchema = pageQuerySchema.extend({
  code: z.string().trim().max(8).optional(),
  status: redemptionStatusSchema.optional(),
});

export const cancelRedemptionBodySchema = z.object({ reason });

export const statementQuerySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM'),
});
export const statementSchema = z.object({
  shopId: uuidSchema,
  shopName: z.string(),
  month: z.string(),
  goods: z.array(
    z.object({
      goodsId: uuidSchema,
      name: z.string(),
      unit: z.string(),
      price: z.number().int(),
      opening: z.number().int(),
      stockIn: z.number().int(),
      redeemed: z.number().int(),
      returned: z.number().int(),
      closing: z.number().int(),
      points: z.number().int(),
    }),
  ),
  redemptions: z.number().int(),
  cancelled: z.number().int(),
  households: z.number().int(),
  points: z.number().int(),
});
export type StatementView = z.infer<typeof statementSchema>;

/** 我的积分: the accounts of the logged-in party member or villager. */
export const myPointsSchema = z.object({
  member: accountSchema.nullable(),
  household: accountSchema.nullable(),
});

/** 积分兑换 for a villager: the household's account, its village's shops, reservations waiting for pick-up. */
export const myShopSchema = z.object({
  household: accountSchema.nullable(),
  shops: z.array(shopSchema),
  reservations: z.array(redemptionSchema),
});
export type MyShop = z.infer<typeof myShopSchema>;

/** A header that makes a POST safe to retry: the same key posts once. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const idempotencyKeySchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z_\-:.]{8,80}$/, '幂等键应为8–80位字母、数字或 _-:.');
