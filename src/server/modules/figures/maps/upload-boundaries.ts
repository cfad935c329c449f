import { eq } from 'drizzle-orm';
import type { BoundaryUploadResult } from '../../../../contracts/api/figure-maps';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { assertInScope, scopeOf } from '../../../platform/scope';
import { matchShapes, parseBoundaryFile, readShapes } from './geojson';
import { regionWithChildren } from './load';
import { assertHoldsChildBoundaries, assertMayKeepBoundaries } from './policy';
import { regionBoundaries } from './tables';

/**
 * 上传区划边界: the boundaries of a county's townships (or a township's villages) replace the
 * region's map. The file is checked whole before anything is written: on any problem nothing
 * changes and the answer names the feature (第 N 个区域) and what is wrong.
 */
export const uploadBoundaries = (ctx: Ctx, regionCode: string, file: string | undefined) =>
  inTransaction(ctx, async (tx): Promise<BoundaryUploadResult> => {
    assertInScope(regionCode, scopeOf(tx.actor));
    assertMayKeepBoundaries(tx.actor);
    assertHoldsChildBoundaries(regionCode);
    const region = await regionWithChildren(tx, regionCode);
    if (region.children.length === 0)
      throw invalidField('regionCode', `${region.name}还没有下级区划，无法上传边界`);
    const shapes = readShapes(parseBoundaryFile(file));
    const { collection, missing } = matchShapes(shapes, region.children, region.name);
    const featureCount = collection.features.length;
    const [before] = await tx.db
      .select({ featureCount: regionBoundaries.featureCount })
      .from(regionBoundaries)
      .where(eq(regionBoundaries.regionCode, regionCode))
      .for('update');
    const now = new Date();
    await tx.db
      .insert(regionBoundaries)
      .values({ id: newId(), regionCode, features: collection, featureCount, uploadedBy: tx.actor.userId })
      .onConflictDoUpdate({
        target: regionBoundaries.regionCode,
        set: { features: collection, featureCount, uploadedBy: tx.actor.userId, updatedAt: now },
      });
    await writeAudit(tx.db, tx, {
      action: 'figures.boundaries.upload',
      entity: 'region_boundaries',
      entityId: regionCode,
      regionCode,
      diff: { featureCount: [before?.featureCount ?? null, featureCount], missing },
    });
    return { regionCode, matched: featureCount, missing };
  });
