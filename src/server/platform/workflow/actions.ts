import { NEEDS, type WorkflowAction } from '../../../contracts/api/workflow';
import type { Ctx } from '../context';
import type { Need, TransitionSpec, Workflow } from './define';

const needsOf = <S extends string, R>(spec: TransitionSpec<S, R>): Need[] => {
  const n = spec.needs ?? {};
  return NEEDS.filter((k) => !!n[k]);
};

/** Whether `needs.evidence` applies to this record (a function decides per record). */
export const needsEvidence = async <S extends string, R>(
  ctx: Ctx,
  spec: TransitionSpec<S, R>,
  record: R,
): Promise<boolean> => {
  const e = spec.needs?.evidence;
  return typeof e === 'function' ? e(ctx, record) : !!e;
};

/**
 * The actions the caller may take on the record now, in declaration order. A list view that has
 * already loaded the record's attachments passes their number, so no count is asked again.
 */
export const availableActions = async <S extends string, R>(
  ctx: Ctx,
  workflow: Workflow<S, R>,
  record: R,
  known: { evidence?: number } = {},
): Promise<WorkflowAction[]> => {
  const state = record[workflow.stateKey] as unknown as S;
  const out: WorkflowAction[] = [];
  for (const [action, spec] of Object.entries(workflow.transitions)) {
    if (!spec.from.includes(state) || !(await spec.allowed(ctx, record))) continue;
    const evidence = await needsEvidence(ctx, spec, record);
    const needs = needsOf(spec).filter((n) => n !== 'evidence' || evidence);
    const count =
      evidence && workflow.evidenceCount
        ? (known.evidence ?? (await workflow.evidenceCount(ctx, record)))
        : 1;
    const missing = count === 0 ? ('evidence' as const) : null;
    out.push({ action, label: spec.label, to: spec.to, needs, missing });
  }
  return out;
};

/** 409's words: the state the record is in and what may be done now (or that nothing may). */
export const refusalText = <S extends string, R>(
  workflow: Workflow<S, R>,
  state: S,
  spec: TransitionSpec<S, R>,
  now: WorkflowAction[],
): string => {
  const here = `该${workflow.noun}当前为「${workflow.states[state]?.zh ?? state}」，不能${spec.label.zh}`;
  return now.length === 0
    ? `${here}；现在没有您可做的操作`
    : `${here}；现在可以：${now.map((a) => a.label.zh).join('、')}`;
};
