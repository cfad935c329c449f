import { and, eq, isNull } from 'drizzle-orm';
import type { AdvanceBody } from '../../../contracts/api/members';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { insertMember } from './create-member';
import { assertAdvance, assertItemsDone } from './policy';
import { currentStep, getRecord, loadRecordInScope } from './record-view';
import { developmentRecords, developmentSteps, partyMembers } from './tables';
import { changeMember } from './update-member';

/**
 * Moves a record one stage on. Reaching 'probationary' creates the member (预备党员) and
 * reaching 'full' makes the member full (转正), in the same transaction.
 */
export const advanceRecord = (ctx: Ctx, recordId: string, body: AdvanceBody) =>
  inTransaction(ctx, async (tx) => {
    const record = await loadRecordInScope(tx, recordId, true);
    const current = await currentStep(tx, record);
    assertAdvance({ stage: record.stage as AdvanceBody['stage'], reachedOn: current.reachedOn }, body);
    const items = body.items ?? {};
    assertItemsDone(body.stage, items);
    const step = {
      stage: body.stage,
      reachedOn: body.reachedOn,
      responsible: body.responsible,
      items,
      note: body.note || null,
    };
    await tx.db
      .insert(developmentSteps)
      .values({ id: newId(), recordId, regionCode: record.regionCode, ...step });
    await tx.db
      .update(developmentRecords)
      .set({ stage: body.stage, updatedAt: new Date() })
      .where(eq(developmentRecords.id, recordId));
    if (body.stage === 'probationary') {
      await insertMember(tx, {
        personId: record.personId,
        orgId: record.orgId,
        status: 'probationary',
        joinedOn: body.reachedOn,
      });
    } else if (body.stage === 'full') {
      const [member] = await tx.db
        .select()
        .from(partyMembers)
        .where(and(eq(partyMembers.personId, record.personId), isNull(partyMembers.deletedAt)));
      if (member) await changeMember(tx, member, { status: 'full', fullOn: body.reachedOn }, 'member.full');
    }
    await writeAudit(tx.db, tx, {
      action: 'development.advance',
      entity: 'development_record',
      entityId: recordId,
      regionCode: record.regionCode,
      diff: auditDiff({ stage: record.stage }, { ...step }),
    });
    return getRecord(tx, recordId);
  });
