import { randomUUID } from 'node:crypto';
import type { CreateHouseholdBody } from '../../../contracts/api/households';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { pinyinInitials } from '../regions/names';
import { auditableHousehold, toHouseholdView } from './household-view';
import {
  assertIdNumberFree,
  duplicateIdNumber,
  idNumberColumns,
  isIdNumberConflict,
  phoneColumns,
} from './identity';
import { assertHouseholdNoFree } from './load';
import { auditablePerson } from './person-view';
import { assertHouseholdRegion } from './policy';
import { households, persons } from './tables';

/** 新建农户: the household and its head in one step, as a clerk registers a family. */
export const createHousehold = async (ctx: Ctx, body: CreateHouseholdBody) => {
  try {
    return await inTransaction(ctx, async (tx) => {
      await assertHouseholdRegion(tx, body.regionCode);
      await assertHouseholdNoFree(tx, body.regionCode, body.householdNo);
      const identity = idNumberColumns(tx.pii, body.head.idNumber);
      await assertIdNumberFree(tx, identity.idNumberIdx, undefined, 'head.idNumber');
      const householdId = randomUUID();
      const headId = randomUUID();
      const [head] = await tx.db
        .insert(persons)
        .values({
          id: headId,
          regionCode: body.regionCode,
          householdId,
          relation: 'head',
          name: body.head.name,
          initials: pinyinInitials(body.head.name),
          ethnicity: body.head.ethnicity,
          labour: body.head.labour ?? null,
          leftBehind: body.head.leftBehind ?? null,
          ...identity,
          ...phoneColumns(tx.pii, body.head.phone ?? null),
        })
        .returning();
      const [created] = await tx.db
        .insert(households)
        .values({
          id: householdId,
          regionCode: body.regionCode,
          householdNo: body.householdNo,
          headPersonId: headId,
          address: body.address ?? null,
          povertyStatus: body.povertyStatus,
          relocated: body.relocated,
          relocationSite: body.relocated ? (body.relocationSite ?? null) : null,
          helperName: body.helperName ?? null,
          incomePerCapita: body.incomePerCapita ?? null,
          rigidSpending: body.rigidSpending ?? null,
        })
        .returning();
      await writeAudit(tx.db, tx, {
        action: 'household.create',
        entity: 'household',
        entityId: householdId,
        regionCode: created.regionCode,
        diff: {
          household: auditDiff(null, auditableHousehold(created)),
          head: auditDiff(null, auditablePerson(tx.pii, head)),
        },
      });
      return toHouseholdView(tx, created);
    });
  } catch (error) {
    if (isIdNumberConflict(error)) throw duplicateIdNumber('head.idNumber');
    throw error;
  }
};
