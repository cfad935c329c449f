import { and, eq, isNull } from 'drizzle-orm';
import type { CreateRecordBody } from '../../../contracts/api/members';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { getPersonInScope } from '../households/lookups';
import { loadLiveOrgInScope } from '../org/load-org';
import { assertAdultOn, assertItemsDone } from './policy';
import { getRecord } from './record-view';
import { developmentRecords, developmentSteps, partyMembers } from './tables';

const inPipeline = () =>
  new Conflict('此人已有发展党员记录', [{ path: 'personId', message: '此人已有发展党员记录' }]);

/** 递交入党申请书: opens a person's development record at the applicant stage. */
export const createRecord = (ctx: Ctx, body: CreateRecordBody) =>
  inTransaction(ctx, async (tx) => {
    const person = await getPersonInScope(tx, body.personId);
    const org = await loadLiveOrgInScope(tx, tx.db, body.orgId);
    const items = body.items ?? {};
    assertAdultOn(person.birthDate, body.reachedOn);
    assertItemsDone('applicant', items);
    const [member] = await tx.db
      .select({ id: partyMembers.id })
      .from(partyMembers)
      .where(and(eq(partyMembers.personId, person.id), isNull(partyMembers.deletedAt)));
    if (member) throw new Conflict('此人已是党员', [{ path: 'personId', message: '此人已是党员' }]);
    const [record] = await tx.db
      .insert(developmentRecords)
      .values({
        id: newId(),
        personId: person.id,
        orgId: org.id,
        regionCode: org.regionCode,
        stage: 'applicant',
      })
      .onConflictDoNothing()
      .returning();
    if (!record) throw inPipeline();
    const step = {
      stage: 'applicant',
      reachedOn: body.reachedOn,
      responsible: body.responsible,
      items,
      note: body.note || null,
    };
    await tx.db
      .insert(developmentSteps)
      .values({ id: newId(), recordId: record.id, regionCode: record.regionCode, ...step });
    await writeAudit(tx.db, tx, {
      action: 'development.create',
      entity: 'development_record',
      entityId: record.id,
      regionCode: record.regionCode,
      diff: auditDiff(null, { personId: person.id, orgId: org.id, ...step }),
    });
    return getRecord(tx, record.id);
  });
