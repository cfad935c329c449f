import type { WeakItem, WeakListQuery } from '../../../../contracts/api/assess-weak';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { listWeak } from './list-weak';

// 导出整顿台账: the list with its filters as one sheet (audited). No personal data beyond the
// leader's name, as on the page.

const SOURCE = { rating: '星级评定', detected: '记录发现', nominated: '乡镇推荐', carried: '上年结转' };

const columns: SheetColumn<WeakItem>[] = [
  { header: '年度', key: 'year', width: 8, value: (w) => w.year },
  { header: '乡镇', key: 'township', width: 14, value: (w) => w.townshipName ?? '' },
  { header: '村（社区）', key: 'village', width: 16, value: (w) => w.regionName },
  { header: '类别', key: 'kind', width: 8, value: (w) => (w.kind === 'weak' ? '软弱涣散' : '后进') },
  { header: '来源', key: 'source', width: 10, value: (w) => SOURCE[w.source] },
  { header: '认定情形', key: 'situations', width: 18, value: (w) => w.situations.join('、') },
  { header: '状态', key: 'status', width: 14, value: (w) => w.statusLabel.zh },
  { header: '包抓领导', key: 'leader', width: 12, value: (w) => w.leaderName ?? '' },
  { header: '整顿时限', key: 'deadline', width: 12, value: (w) => w.deadline ?? '' },
  { header: '措施数', key: 'total', width: 8, value: (w) => w.measuresTotal },
  { header: '已完成', key: 'done', width: 8, value: (w) => w.measuresDone },
  { header: '超期措施', key: 'overdue', width: 8, value: (w) => w.overdueMeasures },
  { header: '巩固期至', key: 'consolidation', width: 12, value: (w) => w.consolidationEnds ?? '' },
];

export const exportWeak = (ctx: Ctx, q: Omit<WeakListQuery, 'page' | 'pageSize'>) =>
  auditedExport(ctx, {
    action: 'assessments.weak.export',
    entity: 'weak_org',
    filters: q,
    sheet: '软弱涣散整顿台账',
    columns,
    batches: pages((page, pageSize) => listWeak(ctx, { ...q, page, pageSize })),
  });
