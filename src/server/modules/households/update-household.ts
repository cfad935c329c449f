import { and, eq, isNull } from 'drizzle-orm';
import type { UpdateHouseholdBody } from '../../../contracts/api/households';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { recordMoves } from './history';
import { auditableHousehold, toHouseholdView } from './household-view';
import { assertHouseholdNoFree, loadHousehold } from './load';
import { assertHouseholdRegion } from './policy';
import { households, persons } from './tables';

/** Edits a household; moving it to another village moves its members too and keeps the old village. */
export const updateHousehold = (ctx: Ctx, householdId: string, body: UpdateHouseholdBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadHousehold(tx, householdId, { forUpdate: true });
    const regionCode = body.regionCode ?? before.regionCode;
    const moved = regionCode !== before.regionCode;
    if (moved) await assertHouseholdRegion(tx, regionCode);
    if (body.householdNo && body.householdNo !== before.householdNo)
      await assertHouseholdNoFree(tx, regionCode, body.householdNo, householdId);
    if (body.headPersonId && body.headPersonId !== before.headPersonId) {
      const [member] = await tx.db
        .select({ id: persons.id })
        .from(persons)
        .where(
          and(
            eq(persons.id, body.headPersonId),
            eq(persons.householdId, householdId),
            isNull(persons.deletedAt),
          ),
        );
      if (!member) throw invalidField('headPersonId', '户主须是本户的在册成员');
      if (before.headPersonId)
        await tx.db
          .update(persons)
          .set({ relation: 'other', updatedAt: new Date() })
          .where(eq(persons.id, before.headPersonId));
      await tx.db
        .update(persons)
        .set({ relation: 'head', updatedAt: new Date() })
        .where(eq(persons.id, body.headPersonId));
    }
    const relocated = body.relocated ?? before.relocated;
    const [after] = await tx.db
      .update(households)
      .set({
        householdNo: body.householdNo,
        regionCode,
        address: body.address,
        povertyStatus: body.povertyStatus,
        relocated,
        relocationSite: relocated ? body.relocationSite : null,
        helperName: body.helperName,
        incomePerCapita: body.incomePerCapita,
        rigidSpending: body.rigidSpending,
        headPersonId: body.headPersonId,
        updatedAt: new Date(),
      })
      .where(eq(households.id, householdId))
      .returning();
    if (moved) {
      await tx.db
        .update(persons)
        .set({ regionCode, updatedAt: new Date() })
        .where(eq(persons.householdId, householdId));
      await recordMoves(tx, [
        {
          subject: 'household',
          subjectId: householdId,
          kind: 'village',
          fromValue: before.regionCode,
          toValue: regionCode,
          reason: body.moveReason,
          regionCode,
        },
      ]);
    }
    await writeAudit(tx.db, tx, {
      action: moved ? 'household.move' : 'household.update',
      entity: 'household',
      entityId: householdId,
      regionCode,
      diff: auditDiff(auditableHousehold(before), auditableHousehold(after)) ?? { note: 'no change' },
    });
    return toHouseholdView(tx, after);
  });
