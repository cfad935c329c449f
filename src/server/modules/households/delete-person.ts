import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { duplicateIdNumber, isIdNumberConflict } from './identity';
import { loadHousehold, loadPerson } from './load';
import { toPersonView } from './person-view';
import { persons } from './tables';

/** Removes a member (undoable). The head stays until another member is made head. */
export const deletePerson = (ctx: Ctx, personId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadPerson(tx, personId, { forUpdate: true });
    if (before.relation === 'head') throw invalidField('personId', '不能删除户主：请先更换户主，或删除整户');
    const at = new Date();
    const [after] = await tx.db
      .update(persons)
      .set({ deletedAt: at, updatedAt: at })
      .where(eq(persons.id, personId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'person.delete',
      entity: 'person',
      entityId: personId,
      regionCode: before.regionCode,
    });
    return toPersonView(tx.pii, after);
  });

export const restorePerson = async (ctx: Ctx, personId: string) => {
  try {
    return await inTransaction(ctx, async (tx) => {
      const before = await loadPerson(tx, personId, { forUpdate: true, deleted: true });
      if (!before.deletedAt) throw new Conflict('该人员未被删除');
      // A member of a deleted household comes back with the household, not alone.
      if (before.householdId) await loadHousehold(tx, before.householdId);
      const [after] = await tx.db
        .update(persons)
        .set({ deletedAt: null, updatedAt: new Date() })
        .where(eq(persons.id, personId))
        .returning();
      await writeAudit(tx.db, tx, {
        action: 'person.restore',
        entity: 'person',
        entityId: personId,
        regionCode: after.regionCode,
      });
      return toPersonView(tx.pii, after);
    });
  } catch (error) {
    if (isIdNumberConflict(error)) throw duplicateIdNumber();
    throw error;
  }
};
