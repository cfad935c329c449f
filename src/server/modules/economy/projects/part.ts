import { workflowAuditActions } from '../../../platform/workflow/define';
import type { EconomyPart } from '../part';
import { milestoneAttachments } from './attachments';
import { ledProjectsFigure } from './figures';
import { projectsHomePending } from './home-pending';
import { EVALUATION_KIND, MILESTONE_KIND, PROJECT_KIND } from './kinds';
import { projectPublicRoutes } from './public-routes';
import { projectRoutes } from './routes';
import { projectWorkflow } from './workflow';

// The projects part of the economy module: secretary-led projects and 我为群众办实事: commitment, milestones, evaluation, closure (docs/economy.md §6).
// It declares its routes, audit names, attachments, home items, figures and 一户一档 fields here;
// ../manifest.ts gathers them.

const t = (zh: string, en: string) => ({ zh, en });

export const projectsPart: EconomyPart = {
  name: 'projects',
  routes: [projectRoutes, projectPublicRoutes],
  audit: {
    entities: {
      [PROJECT_KIND]: t('领办项目', 'Led project'),
      [MILESTONE_KIND]: t('项目进度节点', 'Project milestone'),
      [EVALUATION_KIND]: t('项目现场考评', 'Project evaluation'),
    },
    actions: {
      'economy.project.create': t('新建领办项目', 'Create a project'),
      'economy.project.update': t('修改领办项目', 'Edit a project'),
      'economy.project.delete': t('删除领办项目草稿', 'Delete a draft project'),
      ...workflowAuditActions(projectWorkflow, t('领办项目', 'project')),
      'economy.milestone.add': t('增加项目进度节点', 'Add a project milestone'),
      'economy.milestone.update': t('修改项目进度节点', 'Edit a project milestone'),
      'economy.milestone.done': t('完成项目进度节点', 'Complete a project milestone'),
      'economy.milestone.delete': t('删除项目进度节点', 'Delete a project milestone'),
      'economy.evaluation.add': t('录入项目现场考评', 'Record a project evaluation'),
      'economy.evaluation.delete': t('删除项目现场考评', 'Delete a project evaluation'),
      'economy.projects.export': t('导出领办项目台账', 'Export projects'),
    },
  },
  attachments: [milestoneAttachments],
  pending: projectsHomePending,
  figures: [ledProjectsFigure],
};
