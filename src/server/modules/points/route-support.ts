import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { regionCodeSchema, uuidSchema } from '../../../contracts/api/common';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema } from '../../../contracts/api/points';
import { invalidField } from '../../platform/errors';

// What the points route files share: tags, path parameters and the Idempotency-Key header.

export const tags = ['points'];
export const read = { permission: 'points.read' } as const;
export const shop = { permission: 'points.shop' } as const;
export const ruleParams = z.object({ ruleId: uuidSchema });
export const accountParams = z.object({ accountId: uuidSchema });
export const claimParams = z.object({ claimId: uuidSchema });
export const shopParams = z.object({ shopId: uuidSchema });
export const goodsParams = z.object({ goodsId: uuidSchema });
export const redemptionParams = z.object({ redemptionId: uuidSchema });
export const entryParams = z.object({ entryId: uuidSchema });
export const villageParams = z.object({ villageCode: regionCodeSchema });
export const idempotencyHeaders = z
  .object({ [IDEMPOTENCY_HEADER]: idempotencyKeySchema.optional() })
  .passthrough();

/** The request's Idempotency-Key, checked. */
export const keyOf = (req: FastifyRequest): string | undefined => {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) throw invalidField(IDEMPOTENCY_HEADER, parsed.error.issues[0].message);
  return parsed.data;
};
