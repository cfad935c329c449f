import { z } from 'zod';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '../id-number';
import { PHONE_PATTERN } from '../pii';
import { labourCapacity, leftBehind, povertyStatus, relation } from '../registry/enums';
import { ETHNICITY_CODES } from '../registry/ethnicities';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 农户 and 人员 (issue 4): what the API accepts and returns. ID numbers and phones leave the
// server masked only; the full value needs the audited reveal route.

export const idNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkIdNumber(value);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[problem] });
  });
export const personPhoneSchema = z.string().trim().regex(PHONE_PATTERN, '手机号应为11位，以1开头');
const name = z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字');
const text = (max: number) => z.string().trim().max(max, `最多${max}字`);
export const householdNoSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,32}$/, '户编号为1–32位字母、数字或连字符');

export const personFieldsSchema = z.object({
  name,
  relation: relation.schema,
  idNumber: idNumberSchema,
  ethnicity: z.enum(ETHNICITY_CODES, '民族代码不在 GB 3304 之列').default('01'),
  phone: personPhoneSchema.nullable().optional(),
  labour: labourCapacity.schema.nullable().optional(),
  leftBehind: leftBehind.schema.nullable().optional(),
});
export const createPersonBodySchema = personFieldsSchema.extend({ householdId: uuidSchema });
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;
export const updatePersonBodySchema = personFieldsSchema
  .extend({
    // 文化程度 and 健康状况 as a 十问十清 visit confirms them (issue 15).
    education: text(16).nullable(),
    health: text(16).nullable(),
  })
  .partial();
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;
export const movePersonBodySchema = z.object({
  householdId: uuidSchema,
  relation: relation.schema,
  reason: text(200).optional(),
});

const householdFields = {
  householdNo: householdNoSchema,
  regionCode: regionCodeSchema,
  address: text(200).nullable().optional(),
  povertyStatus: povertyStatus.schema.default('general'),
  relocated: z.boolean().default(false),
  relocationSite: text(100).nullable().optional(),
  helperName: text(32).nullable().optional(),
  incomePerCapita: z.number().int('收入以元为单位的整数').min(0).max(10_000_000).nullable().optional(),
  /** 刚性支出 (元/年: medical, schooling …), as a 十问十清 visit finds it (issue 15). */
  rigidSpending: z.number().int('支出以元为单位的整数').min(0).max(10_000_000).nullable().optional(),
};
export const createHouseholdBodySchema = z.object({
  ...householdFields,
  head: personFieldsSchema.omit({ relation: true }),
});
export type CreateHouseholdBody = z.infer<typeof createHouseholdBodySchema>;
export const updateHouseholdBodySchema = z
  .object({
    ...householdFields,
    povertyStatus: povertyStatus.schema,
    relocated: z.boolean(),
    headPersonId: uuidSchema,
    moveReason: text(200),
  })
  .partial();
export type UpdateHouseholdBody = z.infer<typeof updateHouseholdBodySchema>;

export const personSchema = z.object({
  id: z.string(),
  householdId: z.string().nullable(),
  regionCode: z.string(),
  name: z.string(),
  relation: z.string(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  ethnicity: z.string(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  labour: z.string().nullable(),
  leftBehind: z.string().nullable(),
  education: z.string().nullable(),
  health: z.string().nullable(),
  deleted: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

export const householdSchema = z.object({
  id: z.string(),
  householdNo: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string().nullable(),
  headPersonId: z.string().nullable(),
  headName: z.string().nullable(),
  /** The head's ID number and phone, masked (4510**********1234, 138****5678). */
  headIdNumberMasked: z.string().nullable(),
  headPhoneMasked: z.string().nullable(),
  memberCount: z.number().int(),
  /**
   * In a list searched by name, initials or a number: the members other than the head who matched
   * (搜索“黄”列出户主不姓黄的户时，说明是哪位成员匹配).
   */
  matchedMembers: z.array(z.object({ name: z.string(), relation: z.string() })).optional(),
  povertyStatus: z.string(),
  relocated: z.boolean(),
  relocationSite: z.string().nullable(),
  helperName: z.string().nullable(),
  incomePerCapita: z.number().int().nullable(),
  rigidSpending: z.number().int().nullable(),
  gridId: z.string().nullable(),
  deleted: z.boolean(),
});
export type Household = z.infer<typeof householdSchema>;

export const historyEntrySchema = z.object({
  subject: z.string(),
  subjectId: z.string(),
  kind: z.string(),
  fromValue: z.string().nullable(),
  toValue: z.string().nullable(),
  /** The values as names: household number, village name, grid name (null outside the viewer's scope). */
  fromLabel: z.string().nullable(),
  toLabel: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

/**
 * What the households module knows of one household for 一户一档: the household, its members,
 * grids, helper and moves. The full view (`householdFileSchema` in household-file.ts) adds what
 * other modules hold.
 */
export const householdProfileSchema = z.object({
  household: householdSchema,
  members: z.array(personSchema),
  grid: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  smallGridUnit: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  helper: z.object({ name: z.string().nullable(), userId: z.string().nullable() }).nullable(),
  history: z.array(historyEntrySchema),
});

export const householdFiltersSchema = z.object({
  q: z.string().trim().max(64).optional(),
  regionCode: regionCodeSchema.optional(),
  povertyStatus: povertyStatus.schema.optional(),
  labour: labourCapacity.schema.optional(),
  leftBehind: leftBehind.schema.optional(),
  relocated: z.enum(['true', 'false']).optional(),
  includeDeleted: z.enum(['true', 'false']).optional(),
});
export type HouseholdFilters = z.infer<typeof householdFiltersSchema>;
export const listHouseholdsQuerySchema = pageQuerySchema.merge(householdFiltersSchema).extend({
  sort: z.enum(['householdNo', 'createdAt', 'incomePerCapita']).default('householdNo'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ListHouseholdsQuery = z.infer<typeof listHouseholdsQuerySchema>;
export const listPersonsQuerySchema = pageQuerySchema.merge(householdFiltersSchema).extend({
  sort: z.enum(['name', 'birthDate', 'createdAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ListPersonsQuery = z.infer<typeof listPersonsQuerySchema>;

export const exportQuerySchema = householdFiltersSchema.extend({
  reveal: z.enum(['true', 'false']).optional(),
  purpose: text(200).optional(),
});
export const personRevealFieldSchema = z.enum(['idNumber', 'phone']);

/** 户类型统计: households by poverty status in each township of the scope (or under `regionCode`). */
export const householdStatsQuerySchema = z.object({ regionCode: regionCodeSchema.optional() });
export const householdStatsSchema = z.object({
  items: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      escaped: z.number().int(),
      monitored: z.number().int(),
      general: z.number().int(),
      total: z.number().int(),
    }),
  ),
});
export type HouseholdStats = z.infer<typeof householdStatsSchema>;
