import { z } from 'zod';
import { coveredUnitType, orgKind, orgLevel } from '../registry/enums';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 党组织 and 两个覆盖 (DOMAIN.md §2).

const dateSchema = z.iso.date('日期格式应为YYYY-MM-DD');
const nameSchema = z.string().trim().min(1, '请输入名称').max(64, '名称最多64字');

export const createOrgBodySchema = z.object({
  parentId: uuidSchema.nullable().optional(),
  name: nameSchema,
  level: orgLevel.schema,
  kind: orgKind.schema,
  regionCode: regionCodeSchema,
  establishedOn: dateSchema.nullable().optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export type CreateOrgBody = z.infer<typeof createOrgBodySchema>;

export const updateOrgBodySchema = z.object({
  name: nameSchema.optional(),
  kind: orgKind.schema.optional(),
  establishedOn: dateSchema.nullable().optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export type UpdateOrgBody = z.infer<typeof updateOrgBodySchema>;

export const orgSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  level: orgLevel.schema,
  kind: orgKind.schema,
  regionCode: z.string(),
  regionName: z.string(),
  establishedOn: z.string().nullable(),
  sortOrder: z.number().int(),
  childCount: z.number().int(),
  /** Members (probationary and full) of this organization itself. */
  memberCount: z.number().int(),
  /** Members of this organization and of every living organization below it (the tree shows it). */
  subtreeMemberCount: z.number().int(),
  deleted: z.boolean(),
});
export type Org = z.infer<typeof orgSchema>;

export const orgDetailSchema = orgSchema.extend({
  parentName: z.string().nullable(),
  members: z.object({
    probationary: z.number().int(),
    full: z.number().int(),
    /** Members of this organization and of every organization below it. */
    subtree: z.number().int(),
  }),
});
export type OrgDetail = z.infer<typeof orgDetailSchema>;

export const orgTreeQuerySchema = z.object({ parentId: uuidSchema.optional() });

export const listOrgsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  level: orgLevel.schema.optional(),
  kind: orgKind.schema.optional(),
  regionCode: regionCodeSchema.optional(),
  deleted: z.enum(['true', 'false']).default('false'),
});
export type ListOrgsQuery = z.infer<typeof listOrgsQuerySchema>;

// 两个覆盖: covered units and the rates computed from them.
export const coveredUnitBodySchema = z.object({
  name: nameSchema,
  unitType: coveredUnitType.schema,
  regionCode: regionCodeSchema,
  employees: z.number().int().min(0).max(1_000_000).nullable().optional(),
  partyOrgId: uuidSchema.nullable().optional(),
  instructorName: z.string().trim().max(32, '指导员姓名最多32字').nullable().optional(),
});
export type CoveredUnitBody = z.infer<typeof coveredUnitBodySchema>;
export const updateCoveredUnitBodySchema = coveredUnitBodySchema.partial();
export type UpdateCoveredUnitBody = z.infer<typeof updateCoveredUnitBodySchema>;

export const coveredUnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  unitType: coveredUnitType.schema,
  regionCode: z.string(),
  regionName: z.string(),
  employees: z.number().int().nullable(),
  partyOrgId: z.string().nullable(),
  partyOrgName: z.string().nullable(),
  instructorName: z.string().nullable(),
});
export type CoveredUnit = z.infer<typeof coveredUnitSchema>;

export const listCoveredUnitsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  unitType: coveredUnitType.schema.optional(),
  regionCode: regionCodeSchema.optional(),
});

export const coverageQuerySchema = z.object({ regionCode: regionCodeSchema.optional() });

const rateSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** Percent with two decimals (75.47); null when there is nothing to cover. */
  percent: z.number().nullable(),
});
export const coverageSchema = z.object({
  regionCode: z.string(),
  byType: z.array(
    z.object({
      unitType: coveredUnitType.schema,
      organizational: rateSchema, // 组织覆盖
      work: rateSchema, // 工作覆盖
    }),
  ),
});
export type Coverage = z.infer<typeof coverageSchema>;
