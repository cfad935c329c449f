import type { FollowupInput } from '../../../../contracts/api/visits-cases';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, invalidField } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { chinaDay } from '../../events/calendar';
import { monitoringCases, monitoringFollowups } from '../tables';
import { mayAddFollowup } from './policy';
import { followupsOf } from './removal-facts';

// 跟踪回访 of a monitored household, typed on the case page (a 十问十清 visit makes one by itself:
// followup-from-visit.ts). The incomes they carry decide risk removal (removal.ts).

type CaseRow = typeof monitoringCases.$inferSelect;

export const listFollowups = async (ctx: Ctx, caseId: string) =>
  followupsOf(ctx, await getInScope(ctx.db, monitoringCases, caseId, scopeOf(ctx.actor)));

/** Writes one follow-up of the case and its audit row, in the caller's transaction. */
export const insertFollowup = async (
  tx: Ctx,
  c: CaseRow,
  f: { visitedOn: string; incomePerCapita: number | null; note: string | null; visitId: string | null },
): Promise<string | null> => {
  const [row] = await tx.db
    .insert(monitoringFollowups)
    .values({
      id: newId(),
      regionCode: c.regionCode,
      caseId: c.id,
      householdId: c.householdId,
      visitedOn: f.visitedOn,
      incomePerCapita: f.incomePerCapita,
      note: f.note,
      visitId: f.visitId,
      byUserId: tx.actor?.userId ?? null,
      byName: tx.actor?.displayName ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await writeAudit(tx.db, tx, {
    action: 'visits.case.followup.add',
    entity: 'monitoring_followup',
    entityId: row.id,
    regionCode: row.regionCode,
    diff: auditDiff(null, { caseId: c.id, ...f }),
  });
  return row.id;
};

export const addFollowup = (ctx: Ctx, caseId: string, input: FollowupInput) =>
  inTransaction(ctx, async (tx) => {
    const c = await getInScope(tx.db, monitoringCases, caseId, scopeOf(tx.actor), { forUpdate: true });
    if (!mayAddFollowup(tx.actor, c)) throw new Forbidden('纳入监测后才能记录跟踪回访');
    if (input.visitedOn > chinaDay(new Date())) throw invalidField('visitedOn', '回访日期不能晚于今天');
    await insertFollowup(tx, c, {
      visitedOn: input.visitedOn,
      incomePerCapita: input.incomePerCapita ?? null,
      note: input.note ?? null,
      visitId: null,
    });
    return followupsOf(tx, c);
  });
