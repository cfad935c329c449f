import { z } from 'zod';
import { commitmentStatus, developmentStage, memberStatus } from '../registry/enums';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 党员 and 发展党员 (DOMAIN.md §2, CATALOGUES.md §8).

const dateSchema = z.iso.date('日期格式应为YYYY-MM-DD');
const shortText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}最多${max}字`).nullable().optional();

const memberFields = {
  status: memberStatus.schema,
  joinedOn: dateSchema,
  fullOn: dateSchema.nullable().optional(),
  post: shortText(32, '岗位'), // 设岗定责
  postDuty: shortText(200, '岗位职责'),
  commitment: shortText(100, '承诺'), // 一句话承诺
  commitmentStatus: commitmentStatus.schema.nullable().optional(),
  plaque: z.boolean().optional(), // 党员户挂牌
};

export const createMemberBodySchema = z.object({ personId: uuidSchema, orgId: uuidSchema, ...memberFields });
export type CreateMemberBody = z.infer<typeof createMemberBodySchema>;

export const updateMemberBodySchema = z.object(memberFields).partial();
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

export const memberSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  status: memberStatus.schema,
  joinedOn: z.string(),
  fullOn: z.string().nullable(),
  post: z.string().nullable(),
  postDuty: z.string().nullable(),
  commitment: z.string().nullable(),
  commitmentStatus: commitmentStatus.schema.nullable(),
  plaque: z.boolean(),
  /** Advice that does not block saving, e.g. a full date less than a year after joining. */
  warnings: z.array(z.string()),
});
export type Member = z.infer<typeof memberSchema>;

export const memberDetailSchema = memberSchema.extend({
  transfers: z.array(
    z.object({
      id: z.string(),
      fromOrgName: z.string(),
      toOrgName: z.string(),
      transferredOn: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.string(),
      householdId: z.string(),
      householdNo: z.string(),
      headName: z.string().nullable(),
      since: z.string().nullable(),
    }),
  ),
});
export type MemberDetail = z.infer<typeof memberDetailSchema>;

export const listMembersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(32).optional(),
  orgId: uuidSchema.optional(),
  status: memberStatus.schema.optional(),
  regionCode: regionCodeSchema.optional(),
  sort: z.enum(['joinedOn', 'fullOn', 'createdAt']).default('joinedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;

/** The export: the list's filters; full ID numbers only for roles with pii.reveal, with a purpose (audited). */
export const memberExportQuerySchema = listMembersQuerySchema.omit({ page: true, pageSize: true }).extend({
  reveal: z.enum(['true', 'false']).optional(),
  purpose: z.string().trim().max(200).optional(),
});
export type MemberExportQuery = z.infer<typeof memberExportQuerySchema>;

export const transferMemberBodySchema = z.object({
  toOrgId: uuidSchema,
  transferredOn: dateSchema,
  reason: shortText(200, '转接原因'),
});
export type TransferMemberBody = z.infer<typeof transferMemberBodySchema>;

export const addContactBodySchema = z.object({
  householdId: uuidSchema,
  since: dateSchema.nullable().optional(),
});

// 发展党员: the items each stage requires before it is reached (CATALOGUES.md §8, 25 steps).
export const STAGE_ITEMS: Record<z.infer<typeof developmentStage.schema>, string[]> = {
  applicant: ['递交入党申请书', '党组织派人谈话'],
  activist: ['推荐并确定入党积极分子', '报上级党委备案', '指定培养联系人'],
  target: ['培养教育考察', '确定发展对象并报上级党委备案', '确定入党介绍人', '政治审查', '集中培训'],
  probationary: [
    '支部委员会审查',
    '上级党委预审并公示',
    '填写入党志愿书',
    '支部大会讨论接收',
    '上级党委派人谈话',
    '上级党委审批',
    '报上级组织部门备案',
  ],
  full: [
    '编入党支部和党小组',
    '入党宣誓',
    '继续教育考察',
    '提出转正申请',
    '支部大会讨论转正',
    '上级党委审批',
    '材料归档',
  ],
};

const itemsSchema = z.record(z.string().max(64), z.boolean());
const stepFields = {
  reachedOn: dateSchema,
  responsible: z.string().trim().min(1, '请填写负责人').max(32, '负责人最多32字'),
  items: itemsSchema.optional(),
  note: shortText(500, '备注'),
};

export const createRecordBodySchema = z.object({ personId: uuidSchema, orgId: uuidSchema, ...stepFields });
export type CreateRecordBody = z.infer<typeof createRecordBodySchema>;

export const advanceBodySchema = z.object({ stage: developmentStage.schema, ...stepFields });
export type AdvanceBody = z.infer<typeof advanceBodySchema>;

export const stepSchema = z.object({
  stage: developmentStage.schema,
  reachedOn: z.string(),
  responsible: z.string(),
  items: z.record(z.string(), z.boolean()),
  note: z.string().nullable(),
});

export const recordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  stage: developmentStage.schema,
  stageSince: z.string(),
  memberId: z.string().nullable(),
});
export type DevelopmentRecord = z.infer<typeof recordSchema>;
export const recordDetailSchema = recordSchema.extend({ steps: z.array(stepSchema) });
export type DevelopmentRecordDetail = z.infer<typeof recordDetailSchema>;

export const listRecordsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(32).optional(),
  stage: developmentStage.schema.optional(),
  orgId: uuidSchema.optional(),
  regionCode: regionCodeSchema.optional(),
});
export type ListRecordsQuery = z.infer<typeof listRecordsQuerySchema>;

/** 导出发展党员: the list's filters; full ID numbers only with reveal and a stated purpose. */
export const developmentExportQuerySchema = listRecordsQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ reveal: memberExportQuerySchema.shape.reveal, purpose: memberExportQuerySchema.shape.purpose });
export type DevelopmentExportQuery = z.infer<typeof developmentExportQuerySchema>;

export const setTargetBodySchema = z.object({
  regionCode: regionCodeSchema,
  year: z.number().int().min(2000, '年份不正确').max(2100, '年份不正确'),
  target: z.number().int().min(0, '目标不能为负数').max(100_000, '目标过大'),
});
export const targetsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const targetSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  target: z.number().int(),
  /** Persons who reached 'probationary' that year in the region (computed from the records). */
  reached: z.number().int(),
  percent: z.number().nullable(),
});
export type DevelopmentTarget = z.infer<typeof targetSchema>;
