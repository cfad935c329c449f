import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { loadBoundaries } from './load';
import { assertMayKeepBoundaries } from './policy';
import { regionBoundaries } from './tables';

/** 删除区划边界: the region's map is removed; its dashboard shows bars only again. */
export const deleteBoundaries = (ctx: Ctx, regionCode: string) =>
  inTransaction(ctx, async (tx) => {
    const row = await loadBoundaries(tx, regionCode, true);
    assertMayKeepBoundaries(tx.actor);
    await tx.db.delete(regionBoundaries).where(eq(regionBoundaries.id, row.id));
    await writeAudit(tx.db, tx, {
      action: 'figures.boundaries.delete',
      entity: 'region_boundaries',
      entityId: regionCode,
      regionCode,
      diff: { featureCount: [row.featureCount, null] },
    });
    return { ok: true as const };
  });
