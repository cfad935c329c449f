import { eq } from 'drizzle-orm';
import type { UpdatePersonBody } from '../../../contracts/api/households';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { pinyinInitials } from '../regions/names';
import {
  assertIdNumberFree,
  duplicateIdNumber,
  idNumberColumns,
  isIdNumberConflict,
  phoneColumns,
} from './identity';
import { loadHousehold, loadPerson } from './load';
import { auditablePerson, toPersonView } from './person-view';
import { persons } from './tables';

/** Edits a person; a new ID number re-derives birth date and sex. The head changes via the household. */
export const updatePerson = async (ctx: Ctx, personId: string, body: UpdatePersonBody) => {
  try {
    return await inTransaction(ctx, async (tx) => {
      const before = await loadPerson(tx, personId, { forUpdate: true });
      if (
        body.relation &&
        body.relation !== before.relation &&
        (body.relation === 'head' || before.relation === 'head')
      )
        throw invalidField('relation', '更换户主请在农户信息中选择新户主');
      const identity = body.idNumber ? idNumberColumns(tx.pii, body.idNumber) : undefined;
      if (identity) await assertIdNumberFree(tx, identity.idNumberIdx, personId);
      if (before.householdId) await loadHousehold(tx, before.householdId);
      const [after] = await tx.db
        .update(persons)
        .set({
          name: body.name,
          initials: body.name ? pinyinInitials(body.name) : undefined,
          relation: body.relation,
          ethnicity: body.ethnicity,
          labour: body.labour,
          leftBehind: body.leftBehind,
          education: body.education,
          health: body.health,
          ...identity,
          ...phoneColumns(tx.pii, body.phone),
          updatedAt: new Date(),
        })
        .where(eq(persons.id, personId))
        .returning();
      await writeAudit(tx.db, tx, {
        action: 'person.update',
        entity: 'person',
        entityId: personId,
        regionCode: after.regionCode,
        diff: auditDiff(auditablePerson(tx.pii, before), auditablePerson(tx.pii, after)) ?? {
          note: 'no change',
        },
      });
      return toPersonView(tx.pii, after);
    });
  } catch (error) {
    if (isIdNumberConflict(error)) throw duplicateIdNumber();
    throw error;
  }
};
