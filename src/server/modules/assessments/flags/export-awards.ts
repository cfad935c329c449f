import type { FlagAwardView, FlagFilters } from '../../../../contracts/api/assess-flags';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { listAwards } from './list-awards';
import { LEVEL_NAMES } from './policy';

// 导出红旗清单: the list with its filters as one sheet (audited). No personal data beyond the
// household head's name, as on the page.

const columns: SheetColumn<FlagAwardView>[] = [
  { header: '年度', key: 'year', width: 8, value: (a) => a.year },
  { header: '红旗类别', key: 'kind', width: 20, value: (a) => a.kindName },
  { header: '层级', key: 'level', width: 14, value: (a) => LEVEL_NAMES[a.level] },
  { header: '乡镇', key: 'township', width: 14, value: (a) => a.townshipName ?? '' },
  { header: '对象', key: 'target', width: 28, value: (a) => a.targetName },
  { header: '户编号', key: 'householdNo', width: 18, value: (a) => a.householdNo ?? '' },
  { header: '状态', key: 'status', width: 10, value: (a) => a.statusLabel },
  { header: '提名事迹', key: 'reason', width: 40, value: (a) => a.reason },
  { header: '授旗时间', key: 'awardedAt', width: 12, value: (a) => a.awardedAt?.slice(0, 10) ?? '' },
];

export const exportAwards = (ctx: Ctx, f: FlagFilters) =>
  auditedExport(ctx, {
    action: 'assessments.flag.export',
    entity: 'flag_award',
    filters: f,
    sheet: '红旗清单',
    columns,
    batches: pages((page, pageSize) => listAwards(ctx, { ...f, page, pageSize })),
  });
