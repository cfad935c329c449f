import type { DrillRow, EconomyDrillFilter } from '../../../../contracts/api/economy-views';
import type { Ctx } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { economyDrill } from './drill';
import { beijingYear, mayExportDrill } from './policy';

// 导出穿透名单: the villages behind a figure, every page of the drill-down with its filters, audited.

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

const columns: SheetColumn<DrillRow>[] = [
  { header: '乡镇', key: 'township', width: 18, value: (r) => r.townshipName },
  { header: '村（社区）', key: 'village', width: 20, value: (r) => r.name },
  { header: '区划代码', key: 'code', width: 16, value: (r) => r.regionCode },
  { header: '经营性收入（元）', key: 'operating', width: 16, value: (r) => yuan(r.operatingFen) },
  { header: '总收入（元）', key: 'total', width: 16, value: (r) => yuan(r.totalFen) },
  { header: '发包及上交（元）', key: 'contracting', width: 16, value: (r) => yuan(r.contractingFen) },
  { header: '档次', key: 'band', width: 22, value: (r) => `${r.band} ${r.bandLabel}` },
  { header: '上年（元）', key: 'previous', width: 16, value: (r) => yuan(r.previousBasisFen) },
  { header: '增长(%)', key: 'growth', width: 10, value: (r) => r.growthPercent },
  { header: '有账目', key: 'account', width: 8, value: (r) => (r.accountId ? '是' : '否') },
];

export const exportDrill = async (ctx: Ctx, q: EconomyDrillFilter) => {
  if (!mayExportDrill(ctx.actor.role)) throw new Forbidden();
  const year = q.year ?? beijingYear();
  const filter = { ...q, year };
  // The region and band are checked before the audit row is written (404 / 400 otherwise).
  await economyDrill(ctx, { ...filter, page: 1, pageSize: 1 });
  const out = await auditedExport(ctx, {
    action: 'economy.views.drill.export',
    entity: 'economy_view',
    filters: filter,
    sheet: `集体经济-${year}`,
    columns,
    batches: pages((page, pageSize) => economyDrill(ctx, { ...filter, page, pageSize })),
  });
  return { ...out, year };
};
