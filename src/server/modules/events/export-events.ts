import type { EventView } from '../../../contracts/api/events';
import type { EventFilters } from '../../../contracts/api/events-queue';
import type { Ctx } from '../../platform/context';
import { auditedExport, pages } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { listEvents } from './list-events';

// 导出事件清单: the list of 事件办理 with its view and filters as one sheet (audited). No phone
// numbers or ID numbers: the reporter's name is the only personal field, as on the page.

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '';

const columns: SheetColumn<EventView>[] = [
  { header: '事件编号', key: 'number', width: 18, value: (e) => e.number },
  { header: '标题', key: 'title', width: 28, value: (e) => e.title },
  { header: '类别', key: 'category', width: 16, value: (e) => e.categoryName },
  { header: '村（社区）', key: 'region', width: 16, value: (e) => e.regionName ?? e.regionCode },
  { header: '状态', key: 'status', width: 14, value: (e) => e.statusLabel },
  { header: '上报时间', key: 'reportedAt', width: 20, value: (e) => when(e.reportedAt) },
  { header: '当前时限', key: 'dueAt', width: 20, value: (e) => when(e.stageDueAt) },
  { header: '超期', key: 'overdue', width: 6, value: (e) => (e.overdue ? '是' : '') },
  { header: '办结时间', key: 'closedAt', width: 20, value: (e) => when(e.closedAt) },
  { header: '评价', key: 'rating', width: 6, value: (e) => e.rating },
];

export const exportEvents = (ctx: Ctx, f: EventFilters) =>
  auditedExport(ctx, {
    action: 'events.list.export',
    entity: 'event',
    filters: f,
    sheet: '事件清单',
    columns,
    batches: pages((page, pageSize) => listEvents(ctx, { ...f, page, pageSize })),
  });
