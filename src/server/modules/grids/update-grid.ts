import { eq } from 'drizzle-orm';
import type { UpdateGridBody } from '../../../contracts/api/grids';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { assertOrgBindable } from './bind-org';
import type { GridTier } from './grid-code';
import { toGridView } from './grid-view';
import { loadGridInScope } from './load-grid';
import { grids } from './tables';

/** Renames a grid or changes its bound party organization; the code never changes. */
export const updateGrid = (ctx: Ctx, gridId: string, body: UpdateGridBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadGridInScope(tx, gridId, true);
    if (body.partyOrgId) await assertOrgBindable(tx, before.tier as GridTier, body.partyOrgId);
    const [after] = await tx.db
      .update(grids)
      .set({ name: body.name, partyOrgId: body.partyOrgId, updatedAt: new Date() })
      .where(eq(grids.id, gridId))
      .returning();
    const pick = (g: typeof before) => ({ name: g.name, partyOrgId: g.partyOrgId });
    await writeAudit(tx.db, tx, {
      action: 'grid.update',
      entity: 'grid',
      entityId: gridId,
      regionCode: after.regionCode,
      diff: auditDiff(pick(before), pick(after)) ?? { note: 'no change' },
    });
    return toGridView(tx, after);
  });
