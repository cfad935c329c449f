import { and, desc, eq, isNull, notInArray } from 'drizzle-orm';
import type { VisitPrefill } from '../../../../contracts/api/visits';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { openHouseholdFile } from '../../households/household-profile';
import { monitoringCases, visitRecords } from '../tables';

// The visit form opens with the household as the records have it (enter once: the visitor only
// confirms or corrects), its living members with masked ID numbers, the open monitoring case and
// the last visit.

/** The household in the caller's scope with its living members; NotFound outside it or deleted. */
export const householdForVisit = async (ctx: Ctx, householdId: string) => {
  const { part } = await openHouseholdFile(ctx, householdId);
  if (!part.household || part.household.deleted) throw new NotFound('农户不存在或已删除');
  return { household: part.household, members: part.members ?? [] };
};

/** The household's case still open (not removed or refused), if any. */
export const openCaseOf = async (ctx: Ctx, householdId: string) => {
  const [row] = await ctx.db
    .select({ caseId: monitoringCases.id, state: monitoringCases.state })
    .from(monitoringCases)
    .where(
      and(
        eq(monitoringCases.householdId, householdId),
        inScope(monitoringCases.regionCode, scopeOf(ctx.actor)),
        isNull(monitoringCases.deletedAt),
        notInArray(monitoringCases.state, ['removed', 'not_identified']),
      ),
    )
    .limit(1);
  return row ?? null;
};

export const visitPrefill = async (ctx: Ctx, householdId: string): Promise<VisitPrefill> => {
  const { household: h, members } = await householdForVisit(ctx, householdId);
  const [monitoring, [last]] = await Promise.all([
    openCaseOf(ctx, householdId),
    ctx.db
      .select({
        id: visitRecords.id,
        visitedOn: visitRecords.visitedOn,
        visitorName: visitRecords.visitorName,
      })
      .from(visitRecords)
      .where(
        and(
          eq(visitRecords.householdId, householdId),
          inScope(visitRecords.regionCode, scopeOf(ctx.actor)),
          isNull(visitRecords.deletedAt),
        ),
      )
      .orderBy(desc(visitRecords.visitedOn), desc(visitRecords.createdAt))
      .limit(1),
  ]);
  return {
    household: {
      id: h.id,
      householdNo: h.householdNo,
      regionCode: h.regionCode,
      regionName: h.regionName,
      address: h.address,
      povertyStatus: h.povertyStatus,
      relocated: h.relocated,
      relocationSite: h.relocationSite,
      helperName: h.helperName,
      incomePerCapita: h.incomePerCapita,
      rigidSpending: h.rigidSpending,
    },
    members: members.map((m) => ({
      personId: m.id,
      name: m.name,
      relation: m.relation,
      sex: m.sex,
      birthDate: m.birthDate,
      idNumberMasked: m.idNumberMasked,
      labour: m.labour,
      education: m.education,
      health: m.health,
    })),
    monitoring,
    lastVisit: last ?? null,
  };
};
