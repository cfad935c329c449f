import type { Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { NEEDS } from '../../../contracts/api/workflow';
import type { Ctx } from '../context';
import type { Text } from '../modules/manifest';

// A record kind's workflow (流程): its states, and for each action the states it leaves from, the
// state it goes to, who may take it and what it needs. `transition()` is the only way a record
// changes state; the caller gets back the actions it may take next, so pages render their
// buttons from the server's rules instead of keeping a copy.

export type Need = (typeof NEEDS)[number];

export interface TransitionInput {
  reason?: string | null;
  /** 1–5 (satisfaction, evaluation). */
  rating?: number | null;
  /** YYYY-MM-DD. */
  deadline?: string | null;
  /**
   * What else a workflow's action takes (the departments of a dispatch, the event a duplicate is
   * merged into); the action's effect validates it and throws a typed error when it is wrong.
   */
  extra?: Record<string, unknown>;
}

export interface TransitionSpec<S extends string, R> {
  from: readonly S[];
  to: S;
  /**
   * Other states the effect may choose instead of `to` (an event reopened at the level that
   * closed it); the declaration names them so they are checked like `to`.
   */
  alsoTo?: readonly S[];
  label: Text;
  /** May this caller take the action on this record? Scope is already checked. */
  allowed(ctx: Ctx, record: R): boolean | Promise<boolean>;
  /** What the action needs; `evidence` may depend on the record (a rule that asks for a photo). */
  needs?: {
    reason?: boolean;
    rating?: boolean;
    deadline?: boolean;
    evidence?: boolean | ((ctx: Ctx, record: R) => boolean | Promise<boolean>);
    /** Asked of the caller and checked by the effect (in `input.extra`): shown to pages only. */
    result?: boolean;
    departments?: boolean;
    target?: boolean;
  };
  /**
   * Work done in the same transaction after every check passed (post the points); may return
   * column values to set with the new state, data to keep in the history row, and one of
   * `alsoTo` as the state to go to instead of `to`.
   */
  effect?(
    tx: Ctx,
    record: R,
    input: TransitionInput,
  ): Promise<{ set?: Partial<R>; data?: Record<string, unknown>; to?: S } | undefined>;
}

export type WorkflowTable = PgTable & { id: Column; regionCode: Column };

export interface Workflow<S extends string = string, R = Record<string, unknown>> {
  /** The record kind: also the history's and the attachments' kind and the audit entity. */
  kind: string;
  /** Audit actions are `${auditPrefix}.${action}` ('points.claim.approve'). */
  auditPrefix: string;
  /** What the record is called in messages: 申报, 事件. */
  noun: string;
  table: WorkflowTable;
  /** The column holding the state, and its key on the row. */
  stateColumn: Column;
  stateKey: keyof R & string;
  states: Record<S, Text>;
  transitions: Record<string, TransitionSpec<S, R>>;
  /** Beyond scope: may the caller see this record at all? NotFound when not. */
  visible?(ctx: Ctx, record: R): boolean | Promise<boolean>;
  /** Counts the record's attachments, for `needs.evidence`. */
  evidenceCount?(ctx: Ctx, record: R): Promise<number>;
}

/** Checks a workflow's declaration once, at start: every state an action names must exist. */
export const defineWorkflow = <S extends string, R>(workflow: Workflow<S, R>): Workflow<S, R> => {
  const states = new Set(Object.keys(workflow.states));
  for (const [action, spec] of Object.entries(workflow.transitions)) {
    for (const s of [...spec.from, spec.to, ...(spec.alsoTo ?? [])])
      if (!states.has(s))
        throw new Error(`workflow ${workflow.kind}: action ${action} names unknown state ${s}`);
    if (spec.needs?.evidence && !workflow.evidenceCount)
      throw new Error(`workflow ${workflow.kind}: action ${action} needs evidence but nothing counts it`);
  }
  return workflow;
};

/** The audit names of a workflow's actions (`${auditPrefix}.${action}`), for its module's manifest. */
export const workflowAuditActions = <S extends string, R>(
  workflow: Workflow<S, R>,
  what: Text,
): Record<string, Text> =>
  Object.fromEntries(
    Object.entries(workflow.transitions).map(([action, spec]) => [
      `${workflow.auditPrefix}.${action}`,
      { zh: `${spec.label.zh}（${what.zh}）`, en: `${spec.label.en} (${what.en})` },
    ]),
  );
