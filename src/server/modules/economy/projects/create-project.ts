import type { CreateProjectBody } from '../../../../contracts/api/economy-projects';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, invalidField } from '../../../platform/errors';
import { isInScope, scopeOf } from '../../../platform/scope';
import { recordCreated } from '../../../platform/workflow/transition';
import { regionNames } from '../../regions/region-view';
import { economyProjects } from '../tables';
import { resolveLeader } from './leader';
import { leaderLevelOf, mayManage } from './policy';
import { projectWorkflow } from './workflow';

// 新建领办项目 / 办实事项目 (draft): the county, a township or a village in the caller's scope; the
// leader as leader.ts decides; the first step of its history and the audit row in one transaction.

export const auditableProject = (p: typeof economyProjects.$inferSelect) => ({
  regionCode: p.regionCode,
  year: p.year,
  kind: p.kind,
  title: p.title,
  leaderLevel: p.leaderLevel,
  leaderCadreId: p.leaderCadreId,
  leaderName: p.leaderName,
  leaderPost: p.leaderPost,
  commitment: p.commitment,
  industry: p.industry,
  budgetFen: p.budgetFen,
  dueOn: p.dueOn,
});

export const createProject = async (ctx: Ctx, b: CreateProjectBody) => {
  if (!mayManage(ctx.actor)) throw new Forbidden();
  const level = leaderLevelOf(b.regionCode);
  if (!level) throw invalidField('regionCode', '请选择县、乡镇或村（社区）');
  if (!isInScope(b.regionCode, scopeOf(ctx.actor)))
    throw invalidField('regionCode', '所选区划不在您的管辖范围内');
  if (!(await regionNames(ctx.db, [b.regionCode])).has(b.regionCode))
    throw invalidField('regionCode', '区划不存在，请先导入该区县');
  const leader = await resolveLeader(ctx, { regionCode: b.regionCode, kind: b.kind, level }, b);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(economyProjects)
      .values({
        id: newId(),
        regionCode: b.regionCode,
        year: b.year,
        kind: b.kind,
        title: b.title,
        leaderLevel: level,
        ...leader,
        commitment: b.commitment,
        industry: b.industry ?? null,
        budgetFen: b.budgetFen ?? null,
        dueOn: b.dueOn ?? null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await recordCreated(tx, projectWorkflow, row, 'draft');
    await writeAudit(tx.db, tx, {
      action: 'economy.project.create',
      entity: 'economy_project',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, auditableProject(row)),
    });
    return row;
  });
};
