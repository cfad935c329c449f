import {
  CADRE_GRADE_LABELS,
  CADRE_KIND_LABELS,
  type CadreAssessmentView,
  type CadreFilters,
} from '../../../../contracts/api/assess-cadres';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { listCadreAssessments } from './list';

// 绩效等次导出: the sheet's rows (its filters) for the finance office, one line per cadre with the
// grade and the performance-pay coefficient (as a decimal, 1.2). Audited.

export const CADRE_EXPORT_SHEET = '村干部考核绩效等次';

const coefficient = (v: number | null) => (v === null ? null : v / 100);
const VOTE = { approve: '一票赞成', veto: '一票否决' } as const;

const columns: SheetColumn<CadreAssessmentView>[] = [
  { header: '乡镇', key: 'township', width: 16, value: (r) => r.townshipName },
  { header: '村', key: 'village', width: 16, value: (r) => r.villageName },
  { header: '姓名', key: 'name', width: 12, value: (r) => r.name },
  { header: '职务', key: 'post', width: 24, value: (r) => r.post },
  { header: '类别', key: 'kind', width: 14, value: (r) => CADRE_KIND_LABELS[r.kind] },
  { header: '党员评议', key: 'members', width: 10, value: (r) => r.membersScore },
  { header: '群众评议', key: 'villagers', width: 10, value: (r) => r.villagersScore },
  { header: '乡镇一议', key: 'township_score', width: 10, value: (r) => r.townshipScore },
  { header: '述职', key: 'debrief', width: 8, value: (r) => r.debriefScore },
  { header: '一票', key: 'vote', width: 10, value: (r) => (r.vote ? VOTE[r.vote] : null) },
  { header: '总分', key: 'total', width: 8, value: (r) => r.total },
  { header: '等次', key: 'grade', width: 10, value: (r) => (r.grade ? CADRE_GRADE_LABELS[r.grade] : null) },
  { header: '绩效系数', key: 'pay', width: 10, value: (r) => coefficient(r.payCoefficient) },
  { header: '状态', key: 'status', width: 8, value: (r) => (r.status === 'confirmed' ? '已确认' : '未确认') },
];

export const exportCadreGrades = (ctx: Ctx, f: CadreFilters) =>
  auditedExport(ctx, {
    action: 'assessments.cadre.export',
    entity: 'cadre_assessment',
    filters: f,
    sheet: CADRE_EXPORT_SHEET,
    columns,
    batches: pages((page, pageSize) =>
      listCadreAssessments(ctx, { ...f, page, pageSize, sort: 'region', order: 'asc' }),
    ),
  });
