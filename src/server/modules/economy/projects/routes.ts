import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../../../contracts/api/common';
import {
  createProjectBodySchema,
  evaluationBodySchema,
  evaluationParamsSchema,
  leaderCandidatesQuerySchema,
  leaderCandidatesSchema,
  milestoneBodySchema,
  milestoneDoneBodySchema,
  milestoneParamsSchema,
  missingQuerySchema,
  missingSchema,
  projectActionBodySchema,
  projectActionParamsSchema,
  projectDetailSchema,
  projectExportQuerySchema,
  projectListQuerySchema,
  projectPageSchema,
  projectParamsSchema,
  updateMilestoneBodySchema,
  updateProjectBodySchema,
} from '../../../../contracts/api/economy-projects';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';
import { ctxOf } from '../../../platform/http/context';
import { actOnProject } from './act-on-project';
import { createProject } from './create-project';
import { deleteProject } from './delete-project';
import { addEvaluation, deleteEvaluation } from './evaluations';
import { exportProjects } from './export-projects';
import { getProject } from './get-project';
import { leaderCandidates } from './leader';
import { listProjects } from './list-projects';
import { addMilestone, deleteMilestone, markMilestoneDone, updateMilestone } from './milestones';
import { missingProjects } from './missing';
import { updateProject } from './update-project';

// 书记领办项目 / 我为群众办实事 routes (docs/economy.md §6). Thin: schemas, permission, one use case
// each; the project's page comes back after every change. Who may take which step is policy.ts's.

const tags = ['economy'];

export const projectRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/economy/projects',
    {
      schema: {
        tags,
        summary: '领办项目、办实事台账（年度、类别、层级、状态、区划、搜索；排序分页）',
        querystring: projectListQuerySchema,
        response: { 200: projectPageSchema },
      },
      config: { permission: 'economy.read' },
    },
    (req) => listProjects(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/projects/export',
    {
      schema: {
        tags,
        summary: '导出项目台账（条件同列表）',
        querystring: projectExportQuerySchema,
        produces: [XLSX_TYPE],
      },
      config: { permission: 'economy.read' },
    },
    async (req, reply) => {
      const { stream } = await exportProjects(ctxOf(req), req.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentName('领办项目台账.xlsx'))
        .send(stream);
    },
  );
  app.get(
    '/api/economy/projects/missing',
    {
      schema: {
        tags,
        summary: '未领办：当年没有书记领办项目的县本级、乡镇和村',
        querystring: missingQuerySchema,
        response: { 200: missingSchema },
      },
      config: { permission: 'economy.read' },
    },
    (req) => missingProjects(ctxOf(req), req.query),
  );
  app.get(
    '/api/economy/projects/leader-candidates',
    {
      schema: {
        tags,
        summary: '可领办项目的村干部（当年在任；书记领办项目须选村党组织书记）',
        querystring: leaderCandidatesQuerySchema,
        response: { 200: leaderCandidatesSchema },
      },
      config: { permission: 'economy.projects' },
    },
    (req) => leaderCandidates(ctxOf(req), req.query.regionCode, req.query.year),
  );
  app.post(
    '/api/economy/projects',
    {
      schema: {
        tags,
        summary: '新建项目（草稿）：村级项目从本村干部名册选领办人，县、乡镇项目填写领办人姓名职务',
        body: createProjectBodySchema,
        response: { 201: projectDetailSchema },
      },
      config: { permission: 'economy.projects' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await createProject(ctx, req.body);
      return reply.status(201).send(await getProject(ctx, row.id));
    },
  );
  app.get(
    '/api/economy/projects/:projectId',
    {
      schema: {
        tags,
        summary: '项目详情：进度节点及照片、考评、流转记录和可做的操作',
        params: projectParamsSchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: 'economy.read' },
    },
    (req) => getProject(ctxOf(req), req.params.projectId),
  );
  app.patch(
    '/api/economy/projects/:projectId',
    {
      schema: {
        tags,
        summary: '修改项目（已办结销号的项目答 409）',
        params: projectParamsSchema,
        body: updateProjectBodySchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: 'economy.projects' },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await updateProject(ctx, req.params.projectId, req.body);
      return getProject(ctx, req.params.projectId);
    },
  );
  app.delete(
    '/api/economy/projects/:projectId',
    {
      schema: {
        tags,
        summary: '删除草稿项目（公开承诺后不能删除）',
        params: projectParamsSchema,
        response: { 200: okSchema },
      },
      config: { permission: 'economy.projects' },
    },
    (req) => deleteProject(ctxOf(req), req.params.projectId),
  );
  app.post(
    '/api/economy/projects/:projectId/actions/:action',
    {
      schema: {
        tags,
        summary:
          '项目流转：commit 公开承诺、evaluate 完成现场考评（须有考评）、close 办结销号 { incomeFen, note }（状态不允许时答 409）',
        params: projectActionParamsSchema,
        body: projectActionBodySchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: ['economy.projects', 'economy.evaluate'] },
    },
    (req) => actOnProject(ctxOf(req), req.params.projectId, req.params.action, req.body ?? {}),
  );
  app.post(
    '/api/economy/projects/:projectId/milestones',
    {
      schema: {
        tags,
        summary: '增加进度节点（办结销号后答 409）',
        params: projectParamsSchema,
        body: milestoneBodySchema,
        response: { 201: projectDetailSchema },
      },
      config: { permission: 'economy.projects' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await addMilestone(ctx, req.params.projectId, req.body);
      return reply.status(201).send(await getProject(ctx, req.params.projectId));
    },
  );
  app.patch(
    '/api/economy/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: '修改进度节点（doneOn: null 改回未完成）',
        params: milestoneParamsSchema,
        body: updateMilestoneBodySchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: 'economy.projects' },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const m = await updateMilestone(ctx, req.params.milestoneId, req.body);
      return getProject(ctx, m.projectId);
    },
  );
  app.post(
    '/api/economy/milestones/:milestoneId/done',
    {
      schema: {
        tags,
        summary: '标记进度节点完成（照片另传：/api/attachments/project_milestone/:milestoneId）',
        params: milestoneParamsSchema,
        body: milestoneDoneBodySchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: 'economy.projects' },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const m = await markMilestoneDone(ctx, req.params.milestoneId, req.body ?? {});
      return getProject(ctx, m.projectId);
    },
  );
  app.delete(
    '/api/economy/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: '删除进度节点',
        params: milestoneParamsSchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: 'economy.projects' },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { projectId } = await deleteMilestone(ctx, req.params.milestoneId);
      return getProject(ctx, projectId);
    },
  );
  app.post(
    '/api/economy/projects/:projectId/evaluations',
    {
      schema: {
        tags,
        summary: '录入现场考评：考评人、分数（0–100）、意见；项目得分为平均分',
        params: projectParamsSchema,
        body: evaluationBodySchema,
        response: { 201: projectDetailSchema },
      },
      config: { permission: 'economy.evaluate' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await addEvaluation(ctx, req.params.projectId, req.body);
      return reply.status(201).send(await getProject(ctx, req.params.projectId));
    },
  );
  app.delete(
    '/api/economy/evaluations/:evaluationId',
    {
      schema: {
        tags,
        summary: '删除一条考评（办结销号后答 409）',
        params: evaluationParamsSchema,
        response: { 200: projectDetailSchema },
      },
      config: { permission: 'economy.evaluate' },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { projectId } = await deleteEvaluation(ctx, req.params.evaluationId);
      return getProject(ctx, projectId);
    },
  );
};
