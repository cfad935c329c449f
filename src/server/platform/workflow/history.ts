import { and, asc, eq } from 'drizzle-orm';
import type { WorkflowStep } from '../../../contracts/api/workflow';
import { newId } from '../auth/session';
import type { Ctx } from '../context';
import type { Workflow } from './define';
import { workflowHistory } from './tables';

export interface StepInput {
  recordId: string;
  regionCode: string;
  action: string;
  from: string | null;
  to: string;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

/** Appends one step to a record's history, in the caller's transaction. */
export const writeStep = async (
  tx: Ctx,
  workflow: Pick<Workflow, 'kind'>,
  step: StepInput,
): Promise<void> => {
  await tx.db.insert(workflowHistory).values({
    id: newId(),
    regionCode: step.regionCode,
    recordKind: workflow.kind,
    recordId: step.recordId,
    action: step.action,
    fromState: step.from,
    toState: step.to,
    actorId: tx.actor.userId,
    actorName: tx.actor.displayName,
    actorRole: tx.actor.role,
    reason: step.reason ?? null,
    data: step.data ?? null,
  });
};

const CREATED = { zh: '提交', en: 'Created' };

/**
 * A record's steps, oldest first, with the states and actions in words. The caller has loaded the
 * record in its scope first (this reads by id only).
 */
export const historyOf = async <S extends string, R>(
  ctx: Ctx,
  workflow: Workflow<S, R>,
  recordId: string,
): Promise<WorkflowStep[]> => {
  const rows = await ctx.db
    .select()
    .from(workflowHistory)
    .where(and(eq(workflowHistory.recordKind, workflow.kind), eq(workflowHistory.recordId, recordId)))
    .orderBy(asc(workflowHistory.createdAt), asc(workflowHistory.id));
  const stateLabel = (s: string | null) => (s ? (workflow.states[s as S] ?? { zh: s, en: s }) : null);
  return rows.map((r) => ({
    action: r.action,
    label:
      workflow.transitions[r.action]?.label ??
      (r.fromState === null ? CREATED : { zh: r.action, en: r.action }),
    from: r.fromState,
    fromLabel: stateLabel(r.fromState),
    to: r.toState,
    toLabel: stateLabel(r.toState) ?? { zh: r.toState, en: r.toState },
    actorName: r.actorName,
    actorRole: r.actorRole,
    reason: r.reason,
    data: r.data,
    at: r.createdAt.toISOString(),
  }));
};
