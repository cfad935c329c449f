import type { z } from 'zod';
import type { VisitListItem, visitExportQuerySchema } from '../../../../contracts/api/visits';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { listVisits } from './list-visits';

// 导出走访记录 with the list's filters and sort.

type Query = z.infer<typeof visitExportQuerySchema>;

const COLUMNS: SheetColumn<VisitListItem>[] = [
  { header: '走访日期', key: 'visitedOn', width: 12, value: (r) => r.visitedOn },
  { header: '村（社区）', key: 'regionName', width: 18, value: (r) => r.regionName },
  { header: '户编号', key: 'householdNo', width: 16, value: (r) => r.householdNo },
  { header: '户主', key: 'headName', width: 10, value: (r) => r.headName },
  { header: '走访人', key: 'visitorName', width: 12, value: (r) => r.visitorName },
  { header: '发现问题', key: 'problemCount', width: 10, value: (r) => r.problemCount },
  { header: '当场解决', key: 'solvedCount', width: 10, value: (r) => r.solvedCount },
  { header: '转办事件', key: 'passedOnCount', width: 10, value: (r) => r.passedOnCount },
];

export const exportVisits = (ctx: Ctx, q: Query) =>
  auditedExport(ctx, {
    action: 'visits.visit.export',
    entity: 'visit_record',
    filters: q,
    sheet: '入户走访记录',
    columns: COLUMNS,
    batches: pages((page, pageSize) => listVisits(ctx, { ...q, page, pageSize })),
  });
