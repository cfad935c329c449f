import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { pageOf, pageQuerySchema, regionCodeInputSchema, regionCodeSchema, uuidSchema } from './common';
import { textSchema } from './home';
import { workflowActionSchema, workflowStepSchema } from './workflow';

// 十公开 (DOMAIN.md §8, docs/disclosure.md): the county's catalogue of kinds, the village's items
// (draft → 待审核 → 已公开, corrections and withdrawals as new versions), and the public page.

export const DISCLOSURE_FREQUENCIES = ['monthly', 'quarterly', 'halfyear', 'yearly', 'asneeded'] as const;
export const disclosureFrequencySchema = z.enum(DISCLOSURE_FREQUENCIES, '公开频次不正确');
export type DisclosureFrequency = z.infer<typeof disclosureFrequencySchema>;
export const FREQUENCY_LABELS: Record<DisclosureFrequency, { zh: string; en: string }> = {
  monthly: { zh: '每月', en: 'Monthly' },
  quarterly: { zh: '每季度', en: 'Quarterly' },
  halfyear: { zh: '每半年', en: 'Half-yearly' },
  yearly: { zh: '每年', en: 'Yearly' },
  asneeded: { zh: '随时', en: 'As needed' },
};

/** Records an item may be drafted from (从记录生成). */
export const DISCLOSURE_SOURCES = ['points', 'stars', 'projects', 'income'] as const;
export const disclosureSourceSchema = z.enum(DISCLOSURE_SOURCES, '记录来源不正确');
export type DisclosureSource = z.infer<typeof disclosureSourceSchema>;
export const SOURCE_LABELS: Record<DisclosureSource, { zh: string; en: string }> = {
  points: { zh: '文明积分排名', en: 'Civilization points ranking' },
  stars: { zh: '星级评定结果', en: 'Star rating results' },
  projects: { zh: '书记领办项目承诺', en: 'Secretary-led project commitments' },
  income: { zh: '村集体经济收入', en: 'Collective income' },
};

export const DISCLOSURE_STATUSES = [
  'draft',
  'pending',
  'returned',
  'published',
  'corrected',
  'withdrawn',
] as const;
export const disclosureStatusSchema = z.enum(DISCLOSURE_STATUSES, '状态不正确');
export type DisclosureStatus = z.infer<typeof disclosureStatusSchema>;

/** original: a first version; correction: 更正; withdrawal: 撤回. */
export const DISCLOSURE_CHANGES = ['original', 'correction', 'withdrawal'] as const;
export type DisclosureChange = (typeof DISCLOSURE_CHANGES)[number];

// —— the optional table ——

export const TABLE_MAX_COLUMNS = 20;
export const TABLE_MAX_ROWS = 1000;
const cellSchema = z.string().max(500, '单元格不超过 500 字');
export const disclosureTableSchema = z.object({
  columns: z
    .array(z.string().trim().min(1, '列名不能为空').max(40, '列名不超过 40 字'))
    .min(1, '表格至少要有一列')
    .max(TABLE_MAX_COLUMNS, `表格最多 ${TABLE_MAX_COLUMNS} 列`),
  rows: z.array(z.array(cellSchema)).max(TABLE_MAX_ROWS, `表格最多 ${TABLE_MAX_ROWS} 行`),
});
export type DisclosureTable = z.infer<typeof disclosureTableSchema>;

// —— catalogue ——

export const disclosureKindSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  frequency: disclosureFrequencySchema,
  frequencyLabel: textSchema,
  source: disclosureSourceSchema.nullable(),
  beneficiaries: z.boolean(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type DisclosureKind = z.infer<typeof disclosureKindSchema>;
export const disclosureKindListSchema = z.object({
  items: z.array(disclosureKindSchema),
  mayEdit: z.boolean(),
});
export const disclosureKindParamsSchema = z.object({ disclosureKindId: uuidSchema });
export const kindBodySchema = z.object({
  name: z.string().trim().min(1, '请填写类别名称').max(30, '类别名称不超过 30 字'),
  description: z.string().trim().max(300, '说明不超过 300 字').nullish(),
  frequency: disclosureFrequencySchema,
  beneficiaries: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type KindBody = z.infer<typeof kindBodySchema>;

// —— items ——

const titleSchema = z.string().trim().min(1, '请填写标题').max(100, '标题不超过 100 字');
const periodSchema = z
  .string()
  .trim()
  .min(1, '请填写公开期间，如 2026年第四季度')
  .max(30, '期间不超过 30 字');
const yearSchema = z.coerce.number().int().min(2000, '年度应在2000年以后').max(2100, '年度应在2100年以前');
const bodySchema = z.string().max(20_000, '正文不超过 2 万字');
const reasonSchema = z.string().trim().min(1, '请写明理由').max(500, '理由不超过 500 字');

export const createItemBodySchema = z.object({
  regionCode: regionCodeSchema,
  kindId: uuidSchema,
  title: titleSchema,
  period: periodSchema,
  year: yearSchema,
  body: bodySchema.default(''),
  table: disclosureTableSchema.nullish(),
});
export type CreateItemBody = z.infer<typeof createItemBodySchema>;
export const updateItemBodySchema = createItemBodySchema.omit({ regionCode: true }).partial();
export type UpdateItemBody = z.infer<typeof updateItemBodySchema>;
export const correctBodySchema = updateItemBodySchema.extend({ reason: reasonSchema });
export type CorrectBody = z.infer<typeof correctBodySchema>;
export const withdrawBodySchema = z.object({ reason: reasonSchema });
export const generateBodySchema = z.object({
  regionCode: regionCodeSchema,
  source: disclosureSourceSchema,
  year: yearSchema,
});
export type GenerateBody = z.infer<typeof generateBodySchema>;

export const ITEM_SORTS = ['recent', 'region', 'period'] as const;
export const itemListQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeInputSchema.optional(),
  kindId: uuidSchema.optional(),
  status: disclosureStatusSchema.optional(),
  year: yearSchema.optional(),
  q: z.string().trim().max(30, '搜索词不超过 30 字').optional(),
  sort: z.enum(ITEM_SORTS).default('recent'),
});
export type ItemListQuery = z.infer<typeof itemListQuerySchema>;

export const itemRowSchema = z.object({
  id: uuidSchema,
  regionCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  kindId: uuidSchema,
  kindName: z.string(),
  title: z.string(),
  period: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  change: z.enum(DISCLOSURE_CHANGES),
  status: disclosureStatusSchema,
  statusLabel: textSchema,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ItemRow = z.infer<typeof itemRowSchema>;
export const itemPageSchema = pageOf(itemRowSchema);

export const versionSchema = z.object({
  id: uuidSchema,
  version: z.number().int(),
  change: z.enum(DISCLOSURE_CHANGES),
  changeReason: z.string().nullable(),
  status: disclosureStatusSchema,
  statusLabel: textSchema,
  title: z.string(),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
});

export const itemDetailSchema = itemRowSchema.extend({
  seriesId: uuidSchema,
  replacesId: uuidSchema.nullable(),
  changeReason: z.string().nullable(),
  body: z.string(),
  table: disclosureTableSchema.nullable(),
  source: disclosureSourceSchema.nullable(),
  beneficiaries: z.boolean(),
  submittedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  versions: z.array(versionSchema),
  history: z.array(workflowStepSchema),
  actions: z.array(workflowActionSchema),
  mayEdit: z.boolean(),
  mayDelete: z.boolean(),
  /** May start a correction or withdrawal (a published version with no open one). */
  mayCorrect: z.boolean(),
});
export type ItemDetail = z.infer<typeof itemDetailSchema>;
export const itemParamsSchema = z.object({ disclosureId: uuidSchema });
export const itemActionParamsSchema = itemParamsSchema.extend({
  action: z.enum(['submit', 'approve', 'return']),
});
export const itemActionBodySchema = z.object({
  reason: z.string().trim().max(500, '理由不超过 500 字').optional(),
});

// —— QR code for the notice board ——

export const villageParamsSchema = z.object({ villageCode: regionCodeSchema });
export const boardCodeSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string().nullable(),
  url: z.string(),
  svg: z.string(),
});
export type BoardCode = z.infer<typeof boardCodeSchema>;

// —— the public page (no log-in) ——

export const publicAttachmentSchema = z.object({
  id: uuidSchema,
  category: z.enum(['image', 'document']),
  fileName: z.string(),
  mime: z.string(),
});
export const publicVersionSchema = z.object({
  id: uuidSchema,
  version: z.number().int(),
  change: z.enum(DISCLOSURE_CHANGES),
  /** published: current; corrected: 已更正; withdrawn: 已撤回. */
  status: z.enum(['published', 'corrected', 'withdrawn']),
  title: z.string(),
  period: z.string(),
  body: z.string(),
  table: disclosureTableSchema.nullable(),
  publishedAt: z.string(),
  /** For a corrected or withdrawn version: when and why (the later version's reason). */
  supersededAt: z.string().nullable(),
  supersededReason: z.string().nullable(),
  /** For a correction or withdrawal: its own reason. */
  changeReason: z.string().nullable(),
  attachments: z.array(publicAttachmentSchema),
});
export type PublicVersion = z.infer<typeof publicVersionSchema>;
export const publicDisclosureSchema = z.object({
  village: z.object({ code: z.string(), name: z.string(), townshipName: z.string().nullable() }),
  kinds: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      frequencyLabel: textSchema,
      /** Newest period first; each series: its current version first, then the ones it replaced. */
      series: z.array(z.object({ seriesId: uuidSchema, versions: z.array(publicVersionSchema) })),
    }),
  ),
});
export type PublicDisclosure = z.infer<typeof publicDisclosureSchema>;
export const publicFileParamsSchema = z.object({ villageCode: regionCodeSchema, attachmentId: uuidSchema });
export const publicFileQuerySchema = z.object({ size: z.enum(['full', 'thumb']).default('full') });

// Routes:
// GET    /api/disclosure/kinds → disclosureKindListSchema;  POST (kindBodySchema) → 201 kind
// PATCH  /api/disclosure/kinds/:disclosureKindId (kindBodySchema) → kind
// GET    /api/disclosure/items (itemListQuerySchema) → itemPageSchema
// POST   /api/disclosure/items (createItemBodySchema) → 201 itemDetailSchema
// POST   /api/disclosure/generate (generateBodySchema) → 201 itemDetailSchema
// POST   /api/disclosure/table-import (multipart .xlsx) → disclosureTableSchema
// GET|PATCH|DELETE /api/disclosure/items/:disclosureId
// POST   /api/disclosure/items/:disclosureId/actions/:action (submit | approve | return)
// POST   /api/disclosure/items/:disclosureId/correct (correctBodySchema) → 201 the new version
// POST   /api/disclosure/items/:disclosureId/withdraw (withdrawBodySchema) → 201 the new version
// GET    /api/disclosure/villages/:villageCode/board-code → boardCodeSchema
// GET    /api/public/disclosure/:villageCode → publicDisclosureSchema (no log-in)
// GET    /api/public/disclosure/:villageCode/files/:attachmentId (no log-in; published items only)
