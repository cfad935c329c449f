import type { ProjectActionBody } from '../../../../contracts/api/economy-projects';
import type { Ctx } from '../../../platform/context';
import { transition } from '../../../platform/workflow/transition';
import { getProject } from './get-project';
import { projectWorkflow } from './workflow';

// 项目流转: 公开承诺, 完成现场考评, 办结销号 (workflow.ts), then the project as its page shows it.

export const actOnProject = async (ctx: Ctx, projectId: string, action: string, b: ProjectActionBody) => {
  await transition(ctx, projectWorkflow, projectId, action, {
    reason: b.note ?? null,
    extra: { incomeFen: b.incomeFen, note: b.note },
  });
  return getProject(ctx, projectId);
};
