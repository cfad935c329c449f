import { z } from 'zod';
import { PHONE_PATTERN } from '../pii';
import { gridTier } from '../registry/enums';
import { regionCodeSchema, uuidSchema } from './common';

// 网格 (DOMAIN.md §1): village big grid → 寨管委 middle grid → 十联户 small grid.
// Code: village code (12) + middle (2) + small (2); a big grid is the village code + "0000".

const nameSchema = z.string().trim().min(1, '请输入网格名称').max(64, '名称最多64字');

export const createGridBodySchema = z.object({
  tier: gridTier.schema,
  /** For a big grid: the village. Middle and small grids take the parent's village. */
  regionCode: regionCodeSchema.optional(),
  parentId: uuidSchema.optional(),
  name: nameSchema,
  partyOrgId: uuidSchema.nullable().optional(),
});
export type CreateGridBody = z.infer<typeof createGridBodySchema>;

export const updateGridBodySchema = z.object({
  name: nameSchema.optional(),
  partyOrgId: uuidSchema.nullable().optional(),
});
export type UpdateGridBody = z.infer<typeof updateGridBodySchema>;

export const gridSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  parentId: z.string().nullable(),
  tier: gridTier.schema,
  code: z.string(),
  name: z.string(),
  partyOrg: z.object({ id: z.string(), name: z.string() }).nullable(),
  childCount: z.number().int(),
  /** Households in the grid (a small grid) or in the small grids below it. */
  householdCount: z.number().int(),
  workerCount: z.number().int(),
});
export type Grid = z.infer<typeof gridSchema>;

export const listGridsQuerySchema = z.object({
  /** Children of this grid; without it the big grids of the scope (under `regionCode`). */
  parentId: uuidSchema.optional(),
  regionCode: regionCodeSchema.optional(),
});

export const addGridWorkerBodySchema = z.object({
  name: z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字'),
  phone: z.string().trim().regex(PHONE_PATTERN, '手机号应为11位，以1开头').nullable().optional(),
  /** The worker's login account (optional). */
  userId: uuidSchema.nullable().optional(),
});
export type AddGridWorkerBody = z.infer<typeof addGridWorkerBodySchema>;

export const gridWorkerSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  userId: z.string().nullable(),
});

export const assignHouseholdsBodySchema = z.object({
  householdIds: z.array(uuidSchema).min(1, '请选择农户').max(500, '一次最多500户'),
});

export const gridCardSchema = z.object({
  grid: gridSchema,
  /** Big → middle → small, ending with this grid. */
  path: z.array(z.object({ id: z.string(), tier: gridTier.schema, code: z.string(), name: z.string() })),
  households: z.array(
    z.object({
      id: z.string(),
      householdNo: z.string(),
      headName: z.string().nullable(),
      gridId: z.string().nullable(),
    }),
  ),
  workers: z.array(gridWorkerSchema),
});
export type GridCard = z.infer<typeof gridCardSchema>;
