import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { toHouseholdView } from './household-view';
import { duplicateIdNumber, isIdNumberConflict } from './identity';
import { assertHouseholdNoFree, loadHousehold } from './load';
import { households, persons } from './tables';

// Deleting is undoable: the household and its living members get the same deletedAt, and
// restoring clears exactly those (members deleted earlier stay deleted).

export const deleteHousehold = (ctx: Ctx, householdId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadHousehold(tx, householdId, { forUpdate: true });
    const at = new Date();
    const [after] = await tx.db
      .update(households)
      .set({ deletedAt: at, updatedAt: at })
      .where(eq(households.id, householdId))
      .returning();
    const members = await tx.db
      .update(persons)
      .set({ deletedAt: at, updatedAt: at })
      .where(and(eq(persons.householdId, householdId), isNull(persons.deletedAt)))
      .returning({ id: persons.id });
    await writeAudit(tx.db, tx, {
      action: 'household.delete',
      entity: 'household',
      entityId: householdId,
      regionCode: before.regionCode,
      diff: { members: members.map((m) => m.id) },
    });
    return toHouseholdView(tx, after);
  });

export const restoreHousehold = async (ctx: Ctx, householdId: string) => {
  try {
    return await inTransaction(ctx, async (tx) => {
      const before = await loadHousehold(tx, householdId, { forUpdate: true, deleted: true });
      if (!before.deletedAt) throw new Conflict('该农户未被删除');
      await assertHouseholdNoFree(tx, before.regionCode, before.householdNo, householdId);
      const at = new Date();
      const [after] = await tx.db
        .update(households)
        .set({ deletedAt: null, updatedAt: at })
        .where(eq(households.id, householdId))
        .returning();
      const members = await tx.db
        .update(persons)
        .set({ deletedAt: null, updatedAt: at })
        .where(and(eq(persons.householdId, householdId), eq(persons.deletedAt, before.deletedAt)))
        .returning({ id: persons.id });
      await writeAudit(tx.db, tx, {
        action: 'household.restore',
        entity: 'household',
        entityId: householdId,
        regionCode: after.regionCode,
        diff: { members: members.map((m) => m.id) },
      });
      return toHouseholdView(tx, after);
    });
  } catch (error) {
    // A member's ID number was registered again while the household was deleted.
    if (isIdNumberConflict(error)) throw duplicateIdNumber();
    throw error;
  }
};
