import type { ChecklistSummaryQuery, ChecklistVillageRow } from '../../../../contracts/api/assess-checklist';
import type { Ctx } from '../../../platform/context';
import { auditedExport } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { checklistSummary } from './summary';

// 导出十有五化完成情况: one row per village as the summary page lists them, audited.

type Row = ChecklistVillageRow & { townshipName: string };

const columns: SheetColumn<Row>[] = [
  { header: '乡镇', key: 'township', width: 18, value: (r) => r.townshipName },
  { header: '村（社区）', key: 'village', width: 20, value: (r) => r.name },
  { header: '区划代码', key: 'code', width: 16, value: (r) => r.regionCode },
  { header: '已完成项', key: 'done', width: 10, value: (r) => r.done },
  { header: '项目数', key: 'total', width: 10, value: (r) => r.total },
  { header: '完成率(%)', key: 'rate', width: 12, value: (r) => r.rate },
  { header: '全部完成', key: 'allDone', width: 10, value: (r) => (r.allDone ? '是' : '否') },
];

export const exportChecklistSummary = async (ctx: Ctx, q: ChecklistSummaryQuery) => {
  const summary = await checklistSummary(ctx, q);
  const names = new Map(summary.townships.map((t) => [t.regionCode, t.name]));
  const rows = summary.villages.map((v) => ({ ...v, townshipName: names.get(v.townshipCode) ?? '' }));
  async function* batches() {
    yield rows;
  }
  const out = await auditedExport(ctx, {
    action: 'assessments.checklist.export',
    entity: 'checklist_entry',
    filters: { ...q, year: summary.year },
    sheet: `十有五化-${summary.year}`,
    columns,
    batches: batches(),
  });
  return { ...out, year: summary.year };
};
