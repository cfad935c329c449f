import { and, asc, eq, inArray } from 'drizzle-orm';
import type { WeakDetail } from '../../../../contracts/api/assess-weak';
import { attachmentsOf } from '../../../platform/attachments/views';
import type { Ctx } from '../../../platform/context';
import { countyCodeOf, getInScope, scopeOf } from '../../../platform/scope';
import { availableActions } from '../../../platform/workflow/actions';
import { historyOf } from '../../../platform/workflow/history';
import { weakLogs, weakMeasures, weakOrgs, weakSituations } from '../tables';
import { beijingToday } from './dates';
import { mayAddMeasure, mayLog, mayMarkDone } from './policy';
import { itemOf } from './weak-view';
import { weakWorkflow } from './workflow';

// 整顿记录详情: the record, its measures with their photos, the log with its photos, the history of
// its states, and what the caller may do now (the page's buttons).

export const WEAK_MEASURE_KIND = 'weak_measure';
export const WEAK_LOG_KIND = 'weak_log';

export const getWeak = async (ctx: Ctx, weakId: string): Promise<WeakDetail> => {
  const org = await getInScope(ctx.db, weakOrgs, weakId, scopeOf(ctx.actor));
  const [item, measures, logs, history, actions] = await Promise.all([
    itemOf(ctx.db, org.id),
    ctx.db
      .select()
      .from(weakMeasures)
      .where(eq(weakMeasures.weakOrgId, org.id))
      .orderBy(asc(weakMeasures.sort), asc(weakMeasures.id)),
    ctx.db
      .select()
      .from(weakLogs)
      .where(eq(weakLogs.weakOrgId, org.id))
      .orderBy(asc(weakLogs.happenedOn), asc(weakLogs.createdAt)),
    historyOf(ctx, weakWorkflow, org.id),
    availableActions(ctx, weakWorkflow, org),
  ]);
  const codes = org.situations;
  const [situations, measurePhotos, logPhotos] = await Promise.all([
    codes.length
      ? ctx.db
          .select({ code: weakSituations.code, name: weakSituations.name })
          .from(weakSituations)
          .where(
            and(
              eq(weakSituations.regionCode, countyCodeOf(org.regionCode)),
              inArray(weakSituations.code, codes),
            ),
          )
      : Promise.resolve([]),
    attachmentsOf(
      ctx,
      WEAK_MEASURE_KIND,
      measures.map((m) => m.id),
    ),
    attachmentsOf(
      ctx,
      WEAK_LOG_KIND,
      logs.map((l) => l.id),
    ),
  ]);
  const names = new Map(situations.map((s) => [s.code, s.name]));
  const today = beijingToday();
  return {
    ...item,
    findings: org.findings,
    leaderPost: org.leaderPost,
    leaderUserId: org.leaderUserId,
    templateId: org.templateId,
    acceptance: org.acceptance ?? null,
    closedAt: org.closedAt?.toISOString() ?? null,
    carriedFromId: org.carriedFromId,
    situationNames: codes.map((code) => ({ code, name: names.get(code) ?? code })),
    measures: measures.map((m) => ({
      id: m.id,
      slot: m.slot,
      text: m.text,
      ownerName: m.ownerName,
      ownerUserId: m.ownerUserId,
      deadline: m.deadline,
      status: m.status,
      overdue: m.status === 'open' && m.deadline < today,
      doneAt: m.doneAt?.toISOString() ?? null,
      doneNote: m.doneNote,
      mayMarkDone: mayMarkDone(ctx.actor, org, m),
      photos: measurePhotos.get(m.id) ?? [],
    })),
    logs: logs.map((l) => ({
      id: l.id,
      kind: l.kind,
      contactKind: l.contactKind,
      measureId: l.measureId,
      text: l.text,
      happenedOn: l.happenedOn,
      createdByName: l.createdByName,
      photos: logPhotos.get(l.id) ?? [],
    })),
    history,
    actions,
    mayLog: mayLog(ctx.actor, org, 'progress') || mayLog(ctx.actor, org, 'checkin'),
    mayAddMeasure: mayAddMeasure(ctx.actor, org),
  };
};
