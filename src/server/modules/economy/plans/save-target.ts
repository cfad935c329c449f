import { eq, sql } from 'drizzle-orm';
import type { TargetBody, TargetPatch } from '../../../../contracts/api/economy-plans';
import { levelOfCode, toFullCode } from '../../../../contracts/region-code';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, Invalid, invalidField } from '../../../platform/errors';
import { isInScope, scopeOf } from '../../../platform/scope';
import { economyTargets } from '../tables';
import { mayEditSettings, targetProblems } from './policy';
import { loadEditableTarget, toTargetViews } from './target-view';

// The county sets targets for itself or a township: every village at least an amount, a share of
// villages at a higher amount, by the end of a year.

const check = (rule: Parameters<typeof targetProblems>[0]) => {
  const problems = targetProblems(rule);
  if (problems.length) throw new Invalid(problems[0].message, problems);
};

export const createTarget = (ctx: Ctx, body: TargetBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayEditSettings(ctx.actor)) throw new Forbidden('目标由县委组织部设置');
    const regionCode = toFullCode(body.regionCode ?? ctx.actor.scopeCode);
    if (!isInScope(regionCode, scopeOf(ctx.actor)))
      throw invalidField('regionCode', '所选区划不在您的管辖范围内');
    if (!['county', 'township'].includes(levelOfCode(regionCode)))
      throw invalidField('regionCode', '目标适用于全县或一个乡镇');
    check(body);
    const row = { id: newId(), ...body, regionCode };
    const [created] = await tx.db.insert(economyTargets).values(row).returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.target.create',
      entity: 'economy_target',
      entityId: row.id,
      regionCode,
      diff: auditDiff(null, row),
    });
    return (await toTargetViews(tx, [created]))[0];
  });

export const updateTarget = (ctx: Ctx, targetId: string, patch: TargetPatch) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadEditableTarget(tx, targetId);
    check({ ...before, ...patch });
    const [after] = await tx.db
      .update(economyTargets)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(economyTargets.id, targetId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.target.update',
      entity: 'economy_target',
      entityId: targetId,
      regionCode: after.regionCode,
      diff: auditDiff(before, after),
    });
    return (await toTargetViews(tx, [after]))[0];
  });
