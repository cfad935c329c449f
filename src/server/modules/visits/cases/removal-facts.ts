import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Followup } from '../../../../contracts/api/visits-cases';
import type { Ctx } from '../../../platform/context';
import { chinaDay } from '../../events/calendar';
import { type monitoringCases, monitoringFollowups, monitoringMeasures } from '../tables';
import { removalUnmet } from './removal';
import { thresholdsFor } from './threshold';

// The facts removal.ts decides on, read for one case: its measures, its follow-ups with the
// household's threshold for each one's year, and today.

type CaseRow = typeof monitoringCases.$inferSelect;

/** The case's follow-ups, oldest first, each with the threshold of its year. */
export const followupsOf = async (ctx: Ctx, c: CaseRow): Promise<Followup[]> => {
  const rows = await ctx.db
    .select()
    .from(monitoringFollowups)
    .where(and(eq(monitoringFollowups.caseId, c.id), isNull(monitoringFollowups.deletedAt)))
    .orderBy(asc(monitoringFollowups.visitedOn), asc(monitoringFollowups.createdAt));
  const years = rows.map((r) => Number(r.visitedOn.slice(0, 4)));
  const threshold = await thresholdsFor(ctx.db, c.regionCode, years);
  return rows.map((r) => ({
    id: r.id,
    visitedOn: r.visitedOn,
    incomePerCapita: r.incomePerCapita,
    threshold: threshold(Number(r.visitedOn.slice(0, 4))),
    note: r.note,
    visitId: r.visitId,
    byName: r.byName,
  }));
};

export const measureCount = async (ctx: Ctx, caseId: string): Promise<number> => {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(monitoringMeasures)
    .where(and(eq(monitoringMeasures.caseId, caseId), isNull(monitoringMeasures.deletedAt)));
  return n;
};

/** What still stands in the way of removing the case's risk (empty: nothing). */
export const unmetFor = async (ctx: Ctx, c: CaseRow, followups?: Followup[]): Promise<string[]> =>
  removalUnmet({
    today: chinaDay(new Date()),
    identifiedOn: c.identifiedAt ? chinaDay(c.identifiedAt) : null,
    measures: await measureCount(ctx, c.id),
    noLabour: c.noLabour,
    followups: followups ?? (await followupsOf(ctx, c)),
  });
