import { and, eq, isNull } from 'drizzle-orm';
import type { CreateRuleBody } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { regionNames } from '../regions/region-view';
import { assertRuleOwner } from './rule-owner';
import { ruleView } from './rule-view';
import { pointsRules } from './tables';

/** 新增规则: a level's own rule (乡镇补充、村规民约), version 1 of a new rule key. */
export const createRule = (ctx: Ctx, body: CreateRuleBody) =>
  inTransaction(ctx, async (tx) => {
    assertRuleOwner(tx, body.regionCode);
    if (!(await regionNames(tx.db, [body.regionCode])).get(body.regionCode))
      throw invalidField('regionCode', '区划不存在');
    const [clash] = await tx.db
      .select({ id: pointsRules.id })
      .from(pointsRules)
      .where(
        and(
          eq(pointsRules.regionCode, body.regionCode),
          eq(pointsRules.system, body.system),
          eq(pointsRules.code, body.code),
          isNull(pointsRules.supersededAt),
        ),
      );
    if (clash) throw invalidField('code', `本级已有编号为 ${body.code} 的规则`);
    const [created] = await tx.db
      .insert(pointsRules)
      .values({
        id: newId(),
        ruleKey: newId(),
        version: 1,
        regionCode: body.regionCode,
        system: body.system,
        code: body.code,
        name: body.name,
        points: body.points,
        maxPoints: body.maxPoints ?? null,
        evidenceRequired: body.evidenceRequired,
        proposerRoles: body.proposerRoles,
        approverRoles: body.approverRoles,
        cap: body.cap ?? null,
        capPeriod: body.capPeriod ?? null,
        freezeMonths: body.freezeMonths ?? null,
        note: body.note ?? null,
        active: body.active,
        createdBy: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.rule.create',
      entity: 'points_rule',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, ruleView(created)),
    });
    return ruleView(created);
  });
