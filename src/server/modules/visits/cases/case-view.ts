import { and, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { CaseItem } from '../../../../contracts/api/visits-cases';
import type { Ctx } from '../../../platform/context';
import { householdSummaries } from '../../households/lookups';
import { regionNames } from '../../regions/region-view';
import { type CaseState, monitoringCases } from '../tables';
import { type CaseRow, caseWorkflow } from './workflow';

// How a case reads in lists and on its page: the household's number and head, the village, the
// state in words, and whether its step is overdue (now past the step's due time).

/** The states that are steps with a time limit. */
export const TIMED_STATES: readonly CaseState[] = [
  'village_review',
  'county_compare',
  'appraisal',
  'township_review',
  'county_approval',
];

export const isOverdue = (c: Pick<CaseRow, 'state' | 'stepDueAt'>, now = new Date()) =>
  TIMED_STATES.includes(c.state) && c.stepDueAt !== null && now > c.stepDueAt;

/** The SQL of isOverdue, for lists and the home page. */
export const overdueWhere = (now = new Date()): SQL =>
  and(
    inArray(monitoringCases.state, [...TIMED_STATES]),
    isNotNull(monitoringCases.stepDueAt),
    lt(monitoringCases.stepDueAt, now),
  )!;

export const toItems = async (ctx: Ctx, rows: CaseRow[]): Promise<CaseItem[]> => {
  const [households, names] = await Promise.all([
    householdSummaries(
      ctx,
      rows.map((r) => r.householdId),
    ),
    regionNames(
      ctx.db,
      rows.map((r) => r.regionCode),
    ),
  ]);
  const now = new Date();
  return rows.map((r) => {
    const h = households.get(r.householdId);
    return {
      id: r.id,
      householdId: r.householdId,
      householdNo: h?.householdNo ?? null,
      headName: h?.headName ?? null,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? r.regionCode,
      state: r.state,
      stateLabel: caseWorkflow.states[r.state],
      objectType: r.objectType,
      riskTypes: r.riskTypes,
      firstClueAt: r.firstClueAt.toISOString(),
      stepStartedAt: r.stepStartedAt.toISOString(),
      stepDueAt: r.stepDueAt?.toISOString() ?? null,
      overdue: isOverdue(r, now),
      identifiedAt: r.identifiedAt?.toISOString() ?? null,
      noLabour: r.noLabour,
    };
  });
};
