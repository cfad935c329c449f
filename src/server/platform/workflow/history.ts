import { and, asc, eq } from 'drizzle-orm';
import type { WorkflowStep } from '../../../contracts/api/workflow';
import { newId } from '../auth/session';
import type { Actor, Ctx } from '../context';
import type { Db } from '../db/types';
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
export const writeStep = (tx: Ctx, workflow: Pick<Workflow, 'kind'>, step: StepInput): Promise<void> =>
  insertStep(tx, workflow, step);

/** What the system shows as the actor of its own steps (a deadline sweep's escalation). */
export const SYSTEM_ACTOR_NAME = '系统';

/** A step the system took by itself (no user: the deadline sweep), in the caller's transaction. */
export const writeSystemStep = (db: Db, workflow: Pick<Workflow, 'kind'>, step: StepInput): Promise<void> =>
  insertStep({ db, actor: null }, workflow, step);

const insertStep = async (
  tx: { db: Db; actor: Actor | null },
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
    actorId: tx.actor?.userId ?? null,
    actorName: tx.actor?.displayName ?? SYSTEM_ACTOR_NAME,
    actorRole: tx.actor?.role ?? null,
    reason: step.reason ?? null,
    data: step.data ?? null,
  });
};

const CREATED = { zh: '提交', en: 'Created' };
/** Steps the system takes by itself, which no workflow lists as a user's transition. */
const SYSTEM_ACTIONS: Record<string, { zh: string; en: string }> = {
  auto_escalate: { zh: '超期自动上报', en: 'Escalated automatically (overdue)' },
};

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
      (Object.hasOwn(SYSTEM_ACTIONS, r.action) ? SYSTEM_ACTIONS[r.action] : undefined) ??
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
