import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { Conflict, Invalid } from '../../../platform/errors';
import { defineWorkflow, type TransitionInput } from '../../../platform/workflow/define';
import {
  economyProjectEvaluations,
  economyProjectMilestones,
  economyProjects,
  type ProjectStatus,
} from '../tables';
import type { ProjectRowDb } from './load';
import { closeRefusal, evaluateRefusal, mayEvaluate, mayManage } from './policy';
import { refreshScore } from './score';

// 领办项目流程 (docs/economy.md §6): draft → committed (公开承诺: on the public page) → evaluated
// (现场考评: at least one evaluator's score) → closed (办结销号: the income it brought, and every
// milestone done or a closing note). A closed project never changes.

const extra = (input: TransitionInput) => (input.extra ?? {}) as { incomeFen?: number; note?: string };

const milestoneCounts = async (ctx: Ctx, projectId: string) => {
  const where = eq(economyProjectMilestones.projectId, projectId);
  const [[{ total }], [{ done }]] = [
    await ctx.db.select({ total: count() }).from(economyProjectMilestones).where(where),
    await ctx.db
      .select({ done: count() })
      .from(economyProjectMilestones)
      .where(and(where, isNotNull(economyProjectMilestones.doneOn))),
  ];
  return { total, done };
};

export const projectWorkflow = defineWorkflow<ProjectStatus, ProjectRowDb>({
  kind: 'economy_project',
  auditPrefix: 'economy.project',
  noun: '项目',
  table: economyProjects,
  stateColumn: economyProjects.status,
  stateKey: 'status',
  states: {
    draft: { zh: '草稿', en: 'Draft' },
    committed: { zh: '已公开承诺', en: 'Committed' },
    evaluated: { zh: '已考评', en: 'Evaluated' },
    closed: { zh: '已办结销号', en: 'Closed' },
  },
  visible: (_ctx, p) => p.deletedAt === null,
  transitions: {
    commit: {
      from: ['draft'],
      to: 'committed',
      label: { zh: '公开承诺', en: 'Commit publicly' },
      allowed: (ctx) => mayManage(ctx.actor),
      effect: async () => ({ set: { committedAt: new Date(), updatedAt: new Date() } }),
    },
    evaluate: {
      from: ['committed'],
      to: 'evaluated',
      label: { zh: '完成现场考评', en: 'Complete evaluation' },
      allowed: (ctx) => mayEvaluate(ctx.actor),
      effect: async (tx, p) => {
        const [{ n }] = await tx.db
          .select({ n: count() })
          .from(economyProjectEvaluations)
          .where(eq(economyProjectEvaluations.projectId, p.id));
        const refusal = evaluateRefusal(n);
        if (refusal) throw new Conflict(refusal);
        const score = await refreshScore(tx, p.id);
        return { set: { score, evaluatedAt: new Date(), updatedAt: new Date() }, data: { score } };
      },
    },
    close: {
      from: ['evaluated'],
      to: 'closed',
      label: { zh: '办结销号', en: 'Close' },
      allowed: (ctx) => mayEvaluate(ctx.actor),
      needs: { result: true },
      effect: async (tx, p, input) => {
        const e = extra(input);
        const milestones = await milestoneCounts(tx, p.id);
        const refusal = closeRefusal(milestones, e);
        if (refusal) throw new Invalid(refusal.message, [refusal]);
        const note = e.note?.trim() || null;
        return {
          set: {
            incomeFen: e.incomeFen,
            closedAt: new Date(),
            closedBy: tx.actor.userId,
            updatedAt: new Date(),
          },
          data: {
            incomeFen: e.incomeFen,
            note,
            milestonesDone: milestones.done,
            milestones: milestones.total,
          },
        };
      },
    },
  },
});
