import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Visit, VisitListItem } from '../../../../contracts/api/visits';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { eventNumbers } from '../../events/event-numbers';
import { householdSummaries } from '../../households/lookups';
import { regionNameOf } from '../../regions/region-view';
import { visitProblems, visitRecords } from '../tables';

// Visits as the API shows them: with the household's number, head's name and village name (the
// household read in the caller's scope), problems with the number of the event they became.

export type VisitRow = typeof visitRecords.$inferSelect;

/** Visit rows with their village's name, in the caller's scope, narrowed by `where`. */
export const selectVisits = (ctx: Ctx, where?: SQL) =>
  ctx.db
    .select({ row: visitRecords, regionName: regionNameOf(visitRecords.regionCode) })
    .from(visitRecords)
    .where(and(inScope(visitRecords.regionCode, scopeOf(ctx.actor)), where));

export const toListItems = async (
  ctx: Ctx,
  rows: { row: VisitRow; regionName: string | null }[],
): Promise<VisitListItem[]> => {
  const homes = await householdSummaries(
    ctx,
    rows.map((r) => r.row.householdId),
  );
  return rows.map(({ row: v, regionName }) => {
    const home = homes.get(v.householdId);
    return {
      id: v.id,
      householdId: v.householdId,
      householdNo: home?.householdNo ?? '—',
      headName: home?.headName ?? null,
      regionCode: v.regionCode,
      regionName: regionName ?? v.regionCode,
      visitorName: v.visitorName,
      visitedOn: v.visitedOn,
      problemCount: v.problemCount,
      solvedCount: v.solvedCount,
      passedOnCount: v.passedOnCount,
      createdAt: v.createdAt.toISOString(),
    };
  });
};

/** One visit of the caller's scope with its answers, changes and problems; NotFound outside it. */
export const visitDetail = async (ctx: Ctx, visitId: string): Promise<Visit> => {
  const [found] = await selectVisits(ctx, eq(visitRecords.id, visitId));
  if (!found) throw new NotFound('走访记录不存在或不在您的管辖范围内');
  const [[item], problems] = await Promise.all([
    toListItems(ctx, [found]),
    // In the order the visitor wrote them (create-visit.ts spaces their times by a millisecond).
    ctx.db
      .select()
      .from(visitProblems)
      .where(eq(visitProblems.visitId, visitId))
      .orderBy(asc(visitProblems.createdAt), asc(visitProblems.id)),
  ]);
  const numbers = await eventNumbers(
    ctx,
    problems.flatMap((p) => (p.eventId ? [p.eventId] : [])),
  );
  return {
    ...item,
    answers: found.row.answers as Visit['answers'],
    changes: found.row.changes,
    problems: problems.map((p) => ({
      id: p.id,
      question: p.question,
      description: p.description,
      riskType: p.riskType,
      outcome: p.outcome,
      solution: p.solution,
      eventId: p.eventId,
      eventNo: p.eventId ? (numbers.get(p.eventId) ?? null) : null,
    })),
  };
};

/** The visit a phone's idempotency key already filed, if any (the key is scoped to the account). */
export const visitByKey = async (ctx: Ctx, key: string): Promise<Visit | undefined> => {
  const [row] = await ctx.db
    .select({ id: visitRecords.id })
    .from(visitRecords)
    .where(eq(visitRecords.idempotencyKey, key));
  return row ? visitDetail(ctx, row.id) : undefined;
};

/** Visits of households (by id), for 一户一档 and the prefill. */
export const visitsOfHouseholds = (ctx: Ctx, householdIds: string[]) =>
  selectVisits(ctx, inArray(visitRecords.householdId, householdIds));

/** How many visits of the caller's scope `where` selects. */
export const countVisits = async (ctx: Ctx, where?: SQL): Promise<number> => {
  const [{ total }] = await ctx.db
    .select({ total: count() })
    .from(visitRecords)
    .where(and(inScope(visitRecords.regionCode, scopeOf(ctx.actor)), where));
  return total;
};
