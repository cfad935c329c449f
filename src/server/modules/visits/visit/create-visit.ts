import { eq } from 'drizzle-orm';
import type { UpdateHouseholdBody, UpdatePersonBody } from '../../../../contracts/api/households';
import type { CreateVisitBody, Visit } from '../../../../contracts/api/visits';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { createEvent } from '../../events/create-event';
import { listCategories } from '../../events/list-categories';
import { createPerson } from '../../households/create-person';
import { deletePerson } from '../../households/delete-person';
import { movePerson } from '../../households/move-person';
import { updateHousehold } from '../../households/update-household';
import { updatePerson } from '../../households/update-person';
import { followupFromVisit } from '../cases/followup-from-visit';
import type { VisitChange } from '../tables';
import { visitProblems as problemsTable, visitRecords } from '../tables';
import { assertMayRecord, throwIfAny, visitProblems } from './policy';
import { householdForVisit } from './prefill';
import { visitByKey, visitDetail } from './visit-view';

// 十问十清 入户走访 (docs/visits.md §1). In one transaction: the visit, the corrections written to the
// household and person records through the households module's use cases (each audited there
// with before and after), problems solved on the spot or passed on as grid events (source 'visit',
// origin = the visit), the follow-up of an open case, and the visit's own audit row. Sent again
// with the same Idempotency-Key (a phone that lost its signal), it answers with the visit already
// recorded and writes nothing.

/** The county's day (UTC+8), YYYY-MM-DD. */
export const chinaToday = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const scopedKey = (ctx: Ctx, clientKey: string | undefined) =>
  clientKey ? `visit:${ctx.actor.userId}:${clientKey}` : null;

const HOUSEHOLD_FIELDS = [
  'incomePerCapita',
  'rigidSpending',
  'relocated',
  'relocationSite',
  'helperName',
  'povertyStatus',
] as const;
const PERSON_FIELDS = ['labour', 'education', 'health'] as const;

const record = (ctx: Ctx, body: CreateVisitBody, key: string | null) =>
  inTransaction(ctx, async (tx) => {
    const { household, members } = await householdForVisit(tx, body.householdId);
    assertMayRecord(tx.actor, household.regionCode);
    throwIfAny(visitProblems(body, members, chinaToday()));
    const categories = body.problems.some((p) => p.outcome === 'event')
      ? await listCategories(tx, { regionCode: household.regionCode })
      : [];
    const categoryOf = body.problems.map((p, i) => {
      if (p.outcome !== 'event') return null;
      const category = categories.find((c) => c.code === p.categoryCode);
      if (!category) throw invalidField(`problems.${i}.categoryCode`, '事件类别不存在或已停用，请重新选择');
      if (category.requiredFields.includes('photo'))
        throw invalidField(
          `problems.${i}.categoryCode`,
          `「${category.name}」须附现场照片，请在“上报事件”中拍照上报`,
        );
      return category;
    });

    // The visit first: a twin request with the same key stops here on the unique key.
    const visitId = newId();
    const now = new Date();
    await tx.db.insert(visitRecords).values({
      id: visitId,
      regionCode: household.regionCode,
      householdId: household.id,
      visitorId: tx.actor.userId,
      visitorName: tx.actor.displayName,
      visitedOn: body.visitedOn,
      answers: body.answers,
      idempotencyKey: key,
      createdAt: now,
      updatedAt: now,
    });

    const changes: VisitChange[] = [];
    // The household: only the fields that differ from the records.
    const patch: UpdateHouseholdBody = {};
    for (const field of HOUSEHOLD_FIELDS) {
      const after = body.household[field];
      if (after === undefined || after === household[field]) continue;
      Object.assign(patch, { [field]: after });
      changes.push({
        entity: 'household',
        id: household.id,
        name: household.householdNo,
        field,
        before: household[field],
        after,
      });
    }
    if (Object.keys(patch).length) await updateHousehold(tx, household.id, patch);

    const byId = new Map(members.map((m) => [m.id, m]));
    for (const fix of body.persons) {
      const member = byId.get(fix.personId)!;
      const personPatch: UpdatePersonBody = {};
      for (const field of PERSON_FIELDS) {
        const after = fix[field];
        if (after === undefined || after === member[field]) continue;
        Object.assign(personPatch, { [field]: after });
        changes.push({
          entity: 'person',
          id: member.id,
          name: member.name,
          field,
          before: member[field],
          after,
        });
      }
      if (Object.keys(personPatch).length) await updatePerson(tx, member.id, personPatch);
    }
    for (const joined of body.newMembers) {
      const created = await createPerson(tx, {
        householdId: household.id,
        name: joined.name,
        relation: joined.relation,
        idNumber: joined.idNumber,
        ethnicity: '01',
      });
      changes.push({
        entity: 'person',
        id: created.id,
        name: created.name,
        field: 'member',
        before: null,
        after: joined.relation,
      });
    }
    for (const left of body.leftMembers) {
      const member = byId.get(left.personId)!;
      if (left.toHouseholdId)
        await movePerson(tx, member.id, {
          householdId: left.toHouseholdId,
          relation: 'other',
          reason: left.note ?? undefined,
        });
      else await deletePerson(tx, member.id);
      changes.push({
        entity: 'person',
        id: member.id,
        name: member.name,
        field: 'member',
        before: member.relation,
        after: left.reason,
      });
    }

    let solved = 0;
    let passedOn = 0;
    for (const [i, p] of body.problems.entries()) {
      const category = categoryOf[i];
      let eventId: string | null = null;
      if (category) {
        const event = await createEvent(
          tx,
          {
            categoryId: category.id,
            title: `入户走访：${p.description}`.slice(0, 30),
            description: p.description,
            householdId: household.id,
          },
          undefined,
          'visit',
          { originId: visitId },
        );
        eventId = event.id;
        passedOn++;
      } else solved++;
      await tx.db.insert(problemsTable).values({
        id: newId(),
        regionCode: household.regionCode,
        visitId,
        householdId: household.id,
        question: p.question,
        description: p.description,
        riskType: p.riskType ?? null,
        outcome: p.outcome,
        solution: p.outcome === 'solved' ? (p.solution ?? null) : null,
        eventId,
        // Spaced by a millisecond, so the problems read back in the order they were written.
        createdAt: new Date(now.getTime() + i),
      });
    }
    await tx.db
      .update(visitRecords)
      .set({
        changes,
        problemCount: body.problems.length,
        solvedCount: solved,
        passedOnCount: passedOn,
      })
      .where(eq(visitRecords.id, visitId));

    const income =
      body.household.incomePerCapita !== undefined
        ? body.household.incomePerCapita
        : household.incomePerCapita;
    await followupFromVisit(tx, {
      id: visitId,
      householdId: household.id,
      regionCode: household.regionCode,
      visitedOn: body.visitedOn,
      incomePerCapita: income,
      note: body.answers.Q10?.note ?? null,
    });
    await writeAudit(tx.db, tx, {
      action: 'visits.visit.create',
      entity: 'visit_record',
      entityId: visitId,
      regionCode: household.regionCode,
      diff: {
        householdNo: household.householdNo,
        visitedOn: body.visitedOn,
        changes: changes.length,
        problems: body.problems.length,
        solved,
        passedOn,
      },
    });
    return visitDetail(tx, visitId);
  });

/** Records a 十问十清 visit (idempotent with the phone's key). */
export const createVisit = async (ctx: Ctx, body: CreateVisitBody, clientKey?: string): Promise<Visit> => {
  const key = scopedKey(ctx, clientKey);
  if (key) {
    const earlier = await visitByKey(ctx, key);
    if (earlier) return earlier;
  }
  try {
    return await record(ctx, body, key);
  } catch (error) {
    // A twin request with the same key committed while this one ran: answer with its visit.
    if (key) {
      const earlier = await visitByKey(ctx, key);
      if (earlier) return earlier;
    }
    throw error;
  }
};
