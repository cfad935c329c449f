import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { monitoringCases } from '../tables';
import { insertFollowup } from './followups';

// A 十问十清 visit of a household whose case is being monitored (or under removal review) is also
// its follow-up visit (跟踪回访, docs/visits.md §4): the visit part calls this in the visit's
// transaction. One follow-up per visit (visit_id is unique): sent again, it adds nothing.

export interface VisitForFollowup {
  id: string;
  householdId: string;
  regionCode: string;
  visitedOn: string;
  incomePerCapita: number | null;
  note: string | null;
}

/** Returns the follow-up's id, or null when the household has no case being monitored. */
export const followupFromVisit = async (tx: Ctx, visit: VisitForFollowup): Promise<string | null> => {
  const [c] = await tx.db
    .select()
    .from(monitoringCases)
    .where(
      and(
        eq(monitoringCases.householdId, visit.householdId),
        inArray(monitoringCases.state, ['monitoring', 'removal_review']),
        isNull(monitoringCases.deletedAt),
      ),
    )
    .limit(1);
  if (!c) return null;
  return insertFollowup(tx, c, {
    visitedOn: visit.visitedOn,
    incomePerCapita: visit.incomePerCapita,
    note: visit.note ?? '十问十清入户走访',
    visitId: visit.id,
  });
};
