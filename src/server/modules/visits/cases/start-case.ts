import { and, eq, isNull, notInArray } from 'drizzle-orm';
import type { StartCaseBody } from '../../../../contracts/api/visits-cases';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField, NotFound } from '../../../platform/errors';
import { countyCodeOf, getInScope, scopeOf } from '../../../platform/scope';
import { recordCreated } from '../../../platform/workflow/transition';
import { loadCalendar } from '../../events/calendar';
import { getHousehold } from '../../households/household-profile';
import { monitoringCases, monitoringSignals } from '../tables';
import { checkRiskTypes } from './measures';
import { mayStartCase } from './policy';
import { stepDue } from './steps';
import { CASE_KIND, caseWorkflow } from './workflow';

// 启动识别: a household's case begins with the village review. The first clue is the signal's first
// sighting (or now, for a case started without one); the signal becomes the case's. One open case
// per household (the partial unique index settles a race): 409 otherwise.

const OPEN_CASE = '该户已有进行中的识别或监测，不能重复启动';

export const startCase = (ctx: Ctx, input: StartCaseBody) =>
  inTransaction(ctx, async (tx) => {
    const household = await getHousehold(tx, input.householdId);
    if (household.deleted) throw new NotFound('农户不存在或不在您的管辖范围内');
    if (!mayStartCase(tx.actor, household.regionCode)) throw new Forbidden('您不能启动此户的监测对象识别');
    const riskTypes = checkRiskTypes('riskTypes', input.riskTypes);
    let firstClueAt = new Date();
    if (input.signalId) {
      const signal = await getInScope(tx.db, monitoringSignals, input.signalId, scopeOf(tx.actor), {
        forUpdate: true,
      });
      if (signal.householdId !== household.id) throw invalidField('signalId', '该风险线索不属于此户');
      if (signal.status !== 'open') throw new Conflict('该风险线索已处理，不能再启动识别');
      firstClueAt = signal.firstSeenAt;
    }
    const [open] = await tx.db
      .select({ id: monitoringCases.id })
      .from(monitoringCases)
      .where(
        and(
          eq(monitoringCases.householdId, household.id),
          isNull(monitoringCases.deletedAt),
          notInArray(monitoringCases.state, ['removed', 'not_identified']),
        ),
      );
    if (open) throw new Conflict(OPEN_CASE);
    const now = new Date();
    const calendar = await loadCalendar(tx.db, countyCodeOf(household.regionCode));
    const [row] = await tx.db
      .insert(monitoringCases)
      .values({
        id: newId(),
        regionCode: household.regionCode,
        householdId: household.id,
        signalId: input.signalId ?? null,
        firstClueAt,
        objectType: input.objectType ?? null,
        riskTypes,
        state: 'village_review',
        stepStartedAt: now,
        stepDueAt: stepDue(calendar, 'village_review', now, { firstClueAt }),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict(OPEN_CASE);
    if (input.signalId)
      await tx.db
        .update(monitoringSignals)
        .set({ status: 'case', caseId: row.id, updatedAt: now })
        .where(eq(monitoringSignals.id, input.signalId));
    await recordCreated(tx, caseWorkflow, row, 'village_review', 'start');
    await writeAudit(tx.db, tx, {
      action: 'visits.case.start',
      entity: CASE_KIND,
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, {
        householdId: row.householdId,
        signalId: row.signalId,
        riskTypes,
        firstClueAt: firstClueAt.toISOString(),
      }),
    });
    return row;
  });
