import { z } from 'zod';
import { writeAudit } from '../audit/write';
import { type Ctx, inTransaction } from '../context';

// The audited "reveal" pattern: the full value of a masked field is shown only to a role that
// may see it, only with a stated purpose, and every reveal is a row in the audit log.

export const revealBodySchema = z.object({
  field: z.string().min(1).max(32),
  purpose: z.string().trim().min(2, '请填写查看事由（至少2个字）').max(200, '事由最多200字'),
});
export const revealResultSchema = z.object({ value: z.string().nullable() });

export interface RevealRequest {
  entity: string;
  entityId: string;
  field: string;
  purpose: string;
  /** Loads the record in the caller's scope (throwing NotFound outside) and returns its region and the plain value. */
  load: (ctx: Ctx) => Promise<{ regionCode: string; value: string | null }>;
}

export const revealField = (ctx: Ctx, request: RevealRequest) =>
  inTransaction(ctx, async (tx) => {
    const { regionCode, value } = await request.load(tx);
    await writeAudit(tx.db, tx, {
      action: `${request.entity}.reveal`,
      entity: request.entity,
      entityId: request.entityId,
      regionCode,
      diff: { field: request.field, purpose: request.purpose },
    });
    return { value };
  });
