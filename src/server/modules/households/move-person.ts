import { eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { type Move, recordMoves } from './history';
import { loadHousehold, loadPerson } from './load';
import { auditablePerson, toPersonView } from './person-view';
import { persons } from './tables';

export interface MovePersonInput {
  householdId: string;
  relation: string;
  reason?: string;
}

/** 人员迁移: moves a person to another household in the scope, keeping the old household in the history. */
export const movePerson = (ctx: Ctx, personId: string, input: MovePersonInput) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadPerson(tx, personId, { forUpdate: true });
    const target = await loadHousehold(tx, input.householdId, { forUpdate: true });
    if (before.householdId === target.id) throw invalidField('householdId', '该人员已在此户');
    if (before.relation === 'head') throw invalidField('householdId', '户主迁出前请先为原户指定新户主');
    if (input.relation === 'head') throw invalidField('relation', '迁入后如需任户主，请在农户信息中更换户主');
    const [after] = await tx.db
      .update(persons)
      .set({
        householdId: target.id,
        regionCode: target.regionCode,
        relation: input.relation,
        updatedAt: new Date(),
      })
      .where(eq(persons.id, personId))
      .returning();
    const moves: Move[] = [
      {
        subject: 'person',
        subjectId: personId,
        kind: 'household',
        fromValue: before.householdId,
        toValue: target.id,
        reason: input.reason,
        regionCode: target.regionCode,
      },
    ];
    if (before.regionCode !== target.regionCode)
      moves.push({
        ...moves[0],
        kind: 'village',
        fromValue: before.regionCode,
        toValue: target.regionCode,
      });
    await recordMoves(tx, moves);
    await writeAudit(tx.db, tx, {
      action: 'person.move',
      entity: 'person',
      entityId: personId,
      regionCode: target.regionCode,
      diff: auditDiff(auditablePerson(tx.pii, before), auditablePerson(tx.pii, after)),
    });
    return toPersonView(tx.pii, after);
  });
