import { and, eq, isNull } from 'drizzle-orm';
import type { CoveredUnitBody, UpdateCoveredUnitBody } from '../../../contracts/api/org';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { assertRegionUsable, loadLiveOrgInScope } from './load-org';
import { coveredUnits } from './tables';
import { auditableUnit, toUnitViews, type UnitRow } from './unit-view';

export const loadUnitInScope = async (ctx: Ctx, unitId: string, forUpdate = false) => {
  const unit = await getInScope(ctx.db, coveredUnits, unitId, scopeOf(ctx.actor), { forUpdate });
  if (unit.deletedAt) throw new NotFound();
  return unit;
};

const audit = (ctx: Ctx, action: string, before: UnitRow | null, after: UnitRow) =>
  writeAudit(ctx.db, ctx, {
    action,
    entity: 'covered_unit',
    entityId: after.id,
    regionCode: after.regionCode,
    diff: auditDiff(before && auditableUnit(before), auditableUnit(after)),
  });

/** 两个覆盖: a non-public enterprise or social organization, covered by an org and/or an instructor. */
export const createUnit = (ctx: Ctx, body: CoveredUnitBody) =>
  inTransaction(ctx, async (tx) => {
    await assertRegionUsable(tx, tx.db, body.regionCode);
    if (body.partyOrgId) await loadLiveOrgInScope(tx, tx.db, body.partyOrgId);
    const [created] = await tx.db
      .insert(coveredUnits)
      .values({
        id: newId(),
        name: body.name,
        unitType: body.unitType,
        regionCode: body.regionCode,
        employees: body.employees ?? null,
        partyOrgId: body.partyOrgId ?? null,
        instructorName: body.instructorName || null,
      })
      .returning();
    await audit(tx, 'covered_unit.create', null, created);
    return (await toUnitViews(tx, [created]))[0];
  });

export const updateUnit = (ctx: Ctx, unitId: string, body: UpdateCoveredUnitBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadUnitInScope(tx, unitId, true);
    if (body.regionCode) await assertRegionUsable(tx, tx.db, body.regionCode);
    if (body.partyOrgId) await loadLiveOrgInScope(tx, tx.db, body.partyOrgId);
    const changes = { ...body, ...(body.instructorName === '' ? { instructorName: null } : {}) };
    const [after] = await tx.db
      .update(coveredUnits)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(coveredUnits.id, unitId))
      .returning();
    await audit(tx, 'covered_unit.update', before, after);
    return (await toUnitViews(tx, [after]))[0];
  });

export const deleteUnit = (ctx: Ctx, unitId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadUnitInScope(tx, unitId, true);
    const [after] = await tx.db
      .update(coveredUnits)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(coveredUnits.id, unitId), isNull(coveredUnits.deletedAt)))
      .returning();
    await audit(tx, 'covered_unit.delete', before, after);
    return { ok: true as const };
  });
