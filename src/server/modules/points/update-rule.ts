import { and, eq, isNull } from 'drizzle-orm';
import type { UpdateRuleBody } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { getRule } from './get-rule';
import { assertRuleOwner } from './rule-owner';
import { type RuleRow, ruleView } from './rule-view';
import { pointsRules } from './tables';

// A rule is never edited in place: the current version is closed and the next one added, so
// claims keep the version, and the points, they were made under.

/** 修改规则: closes the current version and adds the next; granted points stay as they were. */
export const updateRule = (ctx: Ctx, ruleId: string, body: UpdateRuleBody) =>
  inTransaction(ctx, async (tx) => {
    const current = await getRule(tx, ruleId);
    assertRuleOwner(tx, current.regionCode, 'ruleId');
    if (current.supersededAt) throw new Conflict('该规则已有新版本，请刷新后再修改');
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
    } as RuleRow;
    if (next.maxPoints != null && Math.abs(next.maxPoints) <= Math.abs(next.points))
      throw invalidField('maxPoints', '分值范围的上限应与下限同号且更大');
    if (next.freezeMonths != null && next.points > 0)
      throw invalidField('freezeMonths', '只有扣分规则可以暂停兑换');
    const closed = await tx.db
      .update(pointsRules)
      .set({ supersededAt: new Date() })
      .where(and(eq(pointsRules.id, current.id), isNull(pointsRules.supersededAt)))
      .returning({ id: pointsRules.id });
    if (closed.length === 0) throw new Conflict('该规则已有新版本，请刷新后再修改');
    const [created] = await tx.db
      .insert(pointsRules)
      .values({
        ...next,
        id: newId(),
        version: current.version + 1,
        createdBy: tx.actor.userId,
        createdAt: new Date(),
        supersededAt: null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.rule.update',
      entity: 'points_rule',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(ruleView(current), ruleView(created)),
    });
    return ruleView(created);
  });
