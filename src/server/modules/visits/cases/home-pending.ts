import { and, asc, count, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import type { HomePending } from '../../../platform/modules/manifest';
import { inScope, scopeOf } from '../../../platform/scope';
import { householdSummaries } from '../../households/lookups';
import { type CaseState, monitoringCases } from '../tables';
import { overdueWhere, TIMED_STATES } from './case-view';
import { levelOfRole, STEP_OWNER } from './policy';
import { caseWorkflow } from './workflow';

// 工作台: 「N 个识别步骤已超时」 for the level that owns the late steps — the village (and its
// stationed cadre) for the home review and the appraisal, the township for its review, the county
// for the comparison and the approval — each in its own scope.

const SHOWN = 5;

export const casesHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  const level = levelOfRole(ctx.actor.role);
  if (!level) return [];
  const states = TIMED_STATES.filter((s) => STEP_OWNER[s] === level) as CaseState[];
  const where = and(
    isNull(monitoringCases.deletedAt),
    inScope(monitoringCases.regionCode, scopeOf(ctx.actor)),
    inArray(monitoringCases.state, states),
    overdueWhere(),
  );
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(monitoringCases).where(where),
    ctx.db
      .select()
      .from(monitoringCases)
      .where(where)
      .orderBy(asc(monitoringCases.stepDueAt), asc(monitoringCases.id))
      .limit(SHOWN),
  ]);
  if (n === 0) return [];
  const heads = await householdSummaries(
    ctx,
    rows.map((c) => c.householdId),
  );
  return [
    {
      key: 'visits.cases.overdue',
      label: { zh: `${n} 个识别步骤已超时`, en: `${n} identification steps overdue` },
      count: n,
      path: '/monitoring-cases?overdue=true',
      entries: rows.map((c) => ({
        id: c.id,
        title: `${heads.get(c.householdId)?.headName ?? '农户'}户：${caseWorkflow.states[c.state].zh}`,
        reason: `时限 ${c.stepDueAt?.toISOString().slice(0, 10) ?? ''}`,
        path: `/monitoring-cases/${c.id}`,
        at: c.stepDueAt?.toISOString() ?? c.stepStartedAt.toISOString(),
      })),
    },
  ];
};
