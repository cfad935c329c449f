import {
  LEADER_LEVEL_LABELS,
  PROJECT_KIND_LABELS,
  type ProjectExportQuery,
  type ProjectRow,
} from '../../../../contracts/api/economy-projects';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { listProjects } from './list-projects';

// 导出项目台账: the list with its filters as one sheet (audited); amounts in 元.

const yuan = (fen: number | null) => (fen == null ? '' : fen / 100);

const columns: SheetColumn<ProjectRow>[] = [
  { header: '年度', key: 'year', width: 8, value: (p) => p.year },
  { header: '类别', key: 'kind', width: 16, value: (p) => PROJECT_KIND_LABELS[p.kind].zh },
  { header: '层级', key: 'level', width: 8, value: (p) => LEADER_LEVEL_LABELS[p.leaderLevel].zh },
  { header: '乡镇', key: 'township', width: 14, value: (p) => p.townshipName ?? '' },
  { header: '单位（村）', key: 'region', width: 16, value: (p) => p.regionName ?? p.regionCode },
  { header: '项目名称', key: 'title', width: 28, value: (p) => p.title },
  { header: '领办人', key: 'leader', width: 10, value: (p) => p.leaderName },
  { header: '职务', key: 'post', width: 16, value: (p) => p.leaderPost ?? '' },
  { header: '状态', key: 'status', width: 12, value: (p) => p.statusLabel.zh },
  { header: '完成时限', key: 'due', width: 12, value: (p) => p.dueOn ?? '' },
  {
    header: '进度节点',
    key: 'milestones',
    width: 10,
    value: (p) => `${p.milestonesDone}/${p.milestonesTotal}`,
  },
  { header: '考评得分', key: 'score', width: 10, value: (p) => p.score ?? '' },
  { header: '预算（元）', key: 'budget', width: 12, value: (p) => yuan(p.budgetFen) },
  { header: '带来集体收入（元）', key: 'income', width: 16, value: (p) => yuan(p.incomeFen) },
];

export const exportProjects = (ctx: Ctx, q: ProjectExportQuery) =>
  auditedExport(ctx, {
    action: 'economy.projects.export',
    entity: 'economy_project',
    filters: q,
    sheet: '领办项目台账',
    columns,
    batches: pages((page, pageSize) => listProjects(ctx, { ...q, page, pageSize })),
  });
