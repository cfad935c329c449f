import { and, eq } from 'drizzle-orm';
import type { WorkflowAction } from '../../../contracts/api/workflow';
import { auditDiff } from '../audit/diff';
import { writeAudit } from '../audit/write';
import { type Ctx, inTransaction } from '../context';
import { Conflict, Forbidden, Invalid, invalidField, NotFound } from '../errors';
import { getInScope, scopeOf } from '../scope';
import { availableActions, needsEvidence, refusalText } from './actions';
import type { TransitionInput, Workflow } from './define';
import { writeStep } from './history';

export interface TransitionResult<R> {
  record: R;
  /** What the caller may do next, for the page's buttons. */
  actions: WorkflowAction[];
}

const today = () => new Date().toISOString().slice(0, 10);

const checkInput = (
  needs: { reason?: boolean; rating?: boolean; deadline?: boolean },
  input: TransitionInput,
  label: string,
) => {
  const reason = input.reason?.trim() ?? '';
  if (needs.reason && reason === '') throw invalidField('reason', `请填写${label}的理由`);
  if (needs.rating) {
    const r = input.rating;
    if (r == null || !Number.isInteger(r) || r < 1 || r > 5) throw invalidField('rating', '请打 1 至 5 分');
  }
  if (needs.deadline) {
    const d = input.deadline ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))
      throw invalidField('deadline', '请填写期限（年-月-日）');
    if (d < today()) throw invalidField('deadline', '期限不能早于今天');
  }
  return reason === '' ? null : reason;
};

/**
 * Takes `action` on a record: loads it in the caller's scope with a row lock, refuses an action
 * the record's state does not allow (409, naming the state and what may be done now), checks who
 * may take it and what it needs, runs its effect, moves the state, and writes the history step
 * and the audit row, all in one transaction. Of concurrent identical actions exactly one wins:
 * the others wait on the row lock and then find the state moved on.
 */
export const transition = <S extends string, R extends Record<string, unknown>>(
  ctx: Ctx,
  workflow: Workflow<S, R>,
  recordId: string,
  action: string,
  input: TransitionInput = {},
): Promise<TransitionResult<R>> =>
  inTransaction(ctx, async (tx) => {
    const spec = Object.hasOwn(workflow.transitions, action) ? workflow.transitions[action] : undefined;
    if (!spec) throw new Invalid(`未知的操作：${action}`);
    const record = (await getInScope(tx.db, workflow.table, recordId, scopeOf(tx.actor), {
      forUpdate: true,
    })) as R;
    if (workflow.visible && !(await workflow.visible(tx, record))) throw new NotFound();
    const state = record[workflow.stateKey] as unknown as S;
    if (!spec.from.includes(state))
      throw new Conflict(refusalText(workflow, state, spec, await availableActions(tx, workflow, record)));
    if (!(await spec.allowed(tx, record))) throw new Forbidden(`您不能${spec.label.zh}此${workflow.noun}`);
    const reason = checkInput(spec.needs ?? {}, input, spec.label.zh);
    if ((await needsEvidence(tx, spec, record)) && (await workflow.evidenceCount!(tx, record)) === 0)
      throw new Conflict(`须先上传照片或附件，才能${spec.label.zh}`);
    const effect = await spec.effect?.(tx, record, input);
    const to = effect?.to ?? spec.to;
    if (to !== spec.to && !spec.alsoTo?.includes(to))
      throw new Error(`workflow ${workflow.kind}: action ${action} may not go to ${to}`);
    const stateColumn = workflow.stateColumn;
    const [updated] = (await tx.db
      .update(workflow.table)
      .set({ ...(effect?.set ?? {}), [workflow.stateKey]: to } as Record<string, unknown>)
      .where(and(eq(workflow.table.id, recordId), eq(stateColumn, state)))
      .returning()) as R[];
    // The row lock makes this unreachable on PostgreSQL; kept so a missing lock fails loudly.
    if (!updated) throw new Conflict(`该${workflow.noun}刚被他人处理，请刷新后再试`);
    const data = {
      ...(effect?.data ?? {}),
      ...(input.rating != null && spec.needs?.rating ? { rating: input.rating } : {}),
      ...(input.deadline && spec.needs?.deadline ? { deadline: input.deadline } : {}),
    };
    const regionCode = record.regionCode as string;
    await writeStep(tx, workflow, {
      recordId,
      regionCode,
      action,
      from: state,
      to,
      reason,
      data: Object.keys(data).length ? data : null,
    });
    await writeAudit(tx.db, tx, {
      action: `${workflow.auditPrefix}.${action}`,
      entity: workflow.kind,
      entityId: recordId,
      regionCode,
      diff: auditDiff({ state }, { state: to, ...(reason ? { reason } : {}), ...data }),
    });
    return { record: updated, actions: await availableActions(tx, workflow, updated) };
  });

/** The first step of a record made in `state` (called by the create use case, in its transaction). */
export const recordCreated = (
  tx: Ctx,
  workflow: Pick<Workflow, 'kind'>,
  record: { id: string; regionCode: string },
  state: string,
  action = 'create',
) =>
  writeStep(tx, workflow, {
    recordId: record.id,
    regionCode: record.regionCode,
    action,
    from: null,
    to: state,
  });
