import type { CaseDetail } from '../../../../contracts/api/visits-cases';
import type { WorkflowStep } from '../../../../contracts/api/workflow';
import type { Ctx } from '../../../platform/context';
import { countyCodeOf, getInScope, scopeOf } from '../../../platform/scope';
import { availableActions } from '../../../platform/workflow/actions';
import { historyOf } from '../../../platform/workflow/history';
import { loadCalendar } from '../../events/calendar';
import { getHousehold } from '../../households/household-profile';
import { CASE_STEPS } from '../defaults';
import { monitoringCases } from '../tables';
import { isOverdue, toItems } from './case-view';
import { listMeasures } from './measures';
import { mayAddFollowup, mayEditMeasures } from './policy';
import { followupsOf, unmetFor } from './removal-facts';
import { limitText, stepDue } from './steps';
import { type CaseRow, caseWorkflow } from './workflow';

// 识别详情: the household, the five steps with when each started, was due and whether it ran late,
// the history, the measures and follow-ups, what still stands in the way of removal, and the
// actions the caller may take now (the page's buttons).

type StepView = CaseDetail['steps'][number];

/** The five steps as the case went through them, from its history. */
const stepsOf = async (ctx: Ctx, c: CaseRow, history: WorkflowStep[]): Promise<StepView[]> => {
  const calendar = await loadCalendar(ctx.db, countyCodeOf(c.regionCode));
  const entered = (state: string) => history.find((h) => h.to === state && h.from !== state);
  const now = new Date();
  return CASE_STEPS.map((s, i) => {
    const limit = limitText(s.limit, s.fromFirstClue);
    const base = { state: s.state, name: s.name, limit };
    if (c.state === s.state)
      return {
        ...base,
        status: 'current',
        startedAt: c.stepStartedAt.toISOString(),
        dueAt: c.stepDueAt?.toISOString() ?? null,
        overdue: isOverdue(c, now),
      };
    const start = entered(s.state);
    if (!start) return { ...base, status: 'waiting', startedAt: null, dueAt: null, overdue: false };
    const startedAt = new Date(start.at);
    const due = stepDue(calendar, s.state, startedAt, { firstClueAt: c.firstClueAt, noticeTo: c.noticeTo });
    // The step ended when the case left it (the next step entered, or refused there).
    const left = history.find((h) => h.from === s.state && h.to !== s.state && new Date(h.at) >= startedAt);
    const ended = left ? new Date(left.at) : now;
    return {
      ...base,
      status: left ? 'done' : i === 0 ? 'current' : 'waiting',
      startedAt: start.at,
      dueAt: due?.toISOString() ?? null,
      overdue: due !== null && ended > due,
    };
  });
};

export const getCase = async (ctx: Ctx, caseId: string): Promise<CaseDetail> => {
  const c = await getInScope(ctx.db, monitoringCases, caseId, scopeOf(ctx.actor));
  const [[item], household, history, actions, measures, followups] = await Promise.all([
    toItems(ctx, [c]),
    getHousehold(ctx, c.householdId),
    historyOf(ctx, caseWorkflow, c.id),
    availableActions(ctx, caseWorkflow, c),
    listMeasures(ctx, c.id),
    followupsOf(ctx, c),
  ]);
  const removable = c.state === 'monitoring' || c.state === 'removal_review';
  return {
    ...item,
    signalId: c.signalId,
    household: {
      id: household.id,
      householdNo: household.householdNo,
      regionName: household.regionName,
      headName: household.headName,
      memberCount: household.memberCount,
      incomePerCapita: household.incomePerCapita,
      povertyStatus: household.povertyStatus,
    },
    consentAt: c.consentAt?.toISOString() ?? null,
    compareResult: c.compareResult,
    noticeFrom: c.noticeFrom,
    noticeTo: c.noticeTo,
    helperName: c.helperName,
    removalAskedAt: c.removalAskedAt?.toISOString() ?? null,
    removedAt: c.removedAt?.toISOString() ?? null,
    closeReason: c.closeReason,
    steps: await stepsOf(ctx, c, history),
    history,
    actions,
    measures,
    followups,
    removalUnmet: removable ? await unmetFor(ctx, c, followups) : [],
    mayEditMeasures: mayEditMeasures(ctx.actor, c),
    mayAddFollowup: mayAddFollowup(ctx.actor, c),
  };
};
