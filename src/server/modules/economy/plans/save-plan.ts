import { eq, sql } from 'drizzle-orm';
import type { PlanBody, PlanPatch } from '../../../../contracts/api/economy-plans';
import { toFullCode } from '../../../../contracts/region-code';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { assertVillageInScope } from '../../regions/assert-village';
import { economyPlans, type PlanTarget } from '../tables';
import { assertLedProject, assertNoOverlap, toPlanViews } from './plan-view';
import { mayWritePlans, planProblems } from './policy';

// 一村一方案: a village's plan for a period with its measures, yearly targets and led project; a
// village has at most one plan covering a year.

const check = (p: { startYear: number; endYear: number; targets: PlanTarget[] }) => {
  const problems = planProblems(p);
  if (problems.length) throw new Invalid(problems[0].message, problems);
};

export const createPlan = (ctx: Ctx, body: PlanBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayWritePlans(ctx.actor)) throw new Forbidden();
    const regionCode = toFullCode(body.regionCode);
    await assertVillageInScope(tx, regionCode);
    const targets = body.targets ?? [];
    check({ ...body, targets });
    await assertLedProject(tx, body.ledProjectId);
    await assertNoOverlap(tx.db, { regionCode, startYear: body.startYear, endYear: body.endYear });
    const row = {
      id: newId(),
      regionCode,
      title: body.title,
      startYear: body.startYear,
      endYear: body.endYear,
      measures: body.measures,
      targets,
      ledProjectId: body.ledProjectId ?? null,
      updatedBy: ctx.actor.userId,
    };
    const [created] = await tx.db.insert(economyPlans).values(row).returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.plan.create',
      entity: 'economy_plan',
      entityId: row.id,
      regionCode,
      diff: auditDiff(null, row),
    });
    return (await toPlanViews(tx, [created]))[0];
  });

export const updatePlan = (ctx: Ctx, planId: string, patch: PlanPatch) =>
  inTransaction(ctx, async (tx) => {
    if (!mayWritePlans(ctx.actor)) throw new Forbidden();
    const before = await getInScope(tx.db, economyPlans, planId, scopeOf(ctx.actor), { forUpdate: true });
    if (before.deletedAt) throw new Conflict('该方案已删除，请先恢复');
    const next = {
      title: patch.title ?? before.title,
      startYear: patch.startYear ?? before.startYear,
      endYear: patch.endYear ?? before.endYear,
      measures: patch.measures ?? before.measures,
      targets: patch.targets ?? before.targets,
      ledProjectId: patch.ledProjectId === undefined ? before.ledProjectId : patch.ledProjectId,
    };
    check(next);
    if (patch.ledProjectId) await assertLedProject(tx, patch.ledProjectId);
    await assertNoOverlap(tx.db, { ...next, regionCode: before.regionCode, id: planId });
    const [after] = await tx.db
      .update(economyPlans)
      .set({ ...next, updatedBy: ctx.actor.userId, updatedAt: sql`now()` })
      .where(eq(economyPlans.id, planId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.plan.update',
      entity: 'economy_plan',
      entityId: planId,
      regionCode: after.regionCode,
      diff: auditDiff(before, after),
    });
    return (await toPlanViews(tx, [after]))[0];
  });
