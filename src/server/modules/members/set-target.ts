import { and, eq } from 'drizzle-orm';
import { levelOfCode } from '../../../contracts/region-code';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { assertRegionUsable } from '../org/load-org';
import { developmentTargets } from './tables';
import { toTargetViews } from './targets';

/** Sets (or changes) a county's or township's target of new members for a year (L: ≥ 50). */
export const setTarget = (ctx: Ctx, body: { regionCode: string; year: number; target: number }) =>
  inTransaction(ctx, async (tx) => {
    const level = levelOfCode(body.regionCode);
    if (level !== 'county' && level !== 'township')
      throw invalidField('regionCode', '年度目标只能按县或乡镇设定');
    await assertRegionUsable(tx, tx.db, body.regionCode);
    const where = and(
      eq(developmentTargets.regionCode, body.regionCode),
      eq(developmentTargets.year, body.year),
    );
    const [before] = await tx.db.select().from(developmentTargets).where(where).for('update');
    const [after] = before
      ? await tx.db
          .update(developmentTargets)
          .set({ target: body.target, deletedAt: null, updatedAt: new Date() })
          .where(eq(developmentTargets.id, before.id))
          .returning()
      : await tx.db
          .insert(developmentTargets)
          .values({ id: newId(), regionCode: body.regionCode, year: body.year, target: body.target })
          .onConflictDoUpdate({
            target: [developmentTargets.regionCode, developmentTargets.year],
            set: { target: body.target, updatedAt: new Date() },
          })
          .returning();
    await writeAudit(tx.db, tx, {
      action: 'development.target.set',
      entity: 'development_target',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(before ? { year: before.year, target: before.target } : null, {
        year: after.year,
        target: after.target,
      }),
    });
    return (await toTargetViews(tx, [after]))[0];
  });
