import { can } from '../../../../contracts/roles';
import type { AttachableKind } from '../../../platform/attachments/kinds';
import type { Ctx } from '../../../platform/context';
import { Forbidden, NotFound } from '../../../platform/errors';
import { economyProjectMilestones } from '../tables';
import { assertOpen, type MilestoneRowDb, projectOf } from './load';
import { mayManage } from './policy';

// 进度照片: photos and documents of a milestone (platform attachments, kind project_milestone).
// Seen by staff who see the project; added and removed by the project's side until the project is
// closed (409 after).

const assertMayChange = async (ctx: Ctx, m: MilestoneRowDb) => {
  assertOpen(await projectOf(ctx, m.projectId));
  if (!mayManage(ctx.actor)) throw new Forbidden('您不能上传此项目的进度照片');
};

export const milestoneAttachments: AttachableKind<MilestoneRowDb> = {
  kind: 'project_milestone',
  label: { zh: '项目进度节点', en: 'project milestone' },
  table: economyProjectMilestones,
  accept: ['image', 'document'],
  maxFiles: 9,
  assertMayRead: (ctx) => {
    if (!can(ctx.actor.role, 'economy.read')) throw new NotFound();
  },
  assertMayAdd: assertMayChange,
  assertMayRemove: assertMayChange,
};
