import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { CreatePersonBody } from '../../../contracts/api/households';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { pinyinInitials } from '../regions/names';
import {
  assertIdNumberFree,
  duplicateIdNumber,
  idNumberColumns,
  isIdNumberConflict,
  phoneColumns,
} from './identity';
import { loadHousehold } from './load';
import { auditablePerson, toPersonView } from './person-view';
import { households, persons } from './tables';

/** Adds a member to a household; a member registered as 户主 becomes the household's head. */
export const createPerson = async (ctx: Ctx, body: CreatePersonBody) => {
  try {
    return await inTransaction(ctx, async (tx) => {
      const household = await loadHousehold(tx, body.householdId, { forUpdate: true });
      const identity = idNumberColumns(tx.pii, body.idNumber);
      await assertIdNumberFree(tx, identity.idNumberIdx);
      const [created] = await tx.db
        .insert(persons)
        .values({
          id: randomUUID(),
          regionCode: household.regionCode,
          householdId: household.id,
          relation: body.relation,
          name: body.name,
          initials: pinyinInitials(body.name),
          ethnicity: body.ethnicity,
          labour: body.labour ?? null,
          leftBehind: body.leftBehind ?? null,
          ...identity,
          ...phoneColumns(tx.pii, body.phone ?? null),
        })
        .returning();
      if (body.relation === 'head') {
        if (household.headPersonId)
          await tx.db
            .update(persons)
            .set({ relation: 'other' })
            .where(eq(persons.id, household.headPersonId));
        await tx.db
          .update(households)
          .set({ headPersonId: created.id, updatedAt: new Date() })
          .where(eq(households.id, household.id));
      }
      await writeAudit(tx.db, tx, {
        action: 'person.create',
        entity: 'person',
        entityId: created.id,
        regionCode: created.regionCode,
        diff: auditDiff(null, auditablePerson(tx.pii, created)),
      });
      return toPersonView(tx.pii, created);
    });
  } catch (error) {
    if (isIdNumberConflict(error)) throw duplicateIdNumber();
    throw error;
  }
};
