import type { AssetFilters, AssetView } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { ASSET_KINDS } from '../defaults';
import { ASSET_STATE_NAMES, yuan } from './labels';
import { listAssets } from './list-assets';

// 导出集体资产 (with the filters of the list; the idle-asset ledger when `idle` is set), audited.

const columns: SheetColumn<AssetView>[] = [
  { header: '乡镇', key: 'township', width: 14, value: (a) => a.townshipName ?? '' },
  { header: '村（社区）', key: 'village', width: 14, value: (a) => a.villageName ?? '' },
  { header: '资产名称', key: 'name', width: 24, value: (a) => a.name },
  { header: '类别', key: 'kind', width: 14, value: (a) => ASSET_KINDS[a.kind]?.zh ?? a.kind },
  { header: '价值（元）', key: 'value', width: 14, value: (a) => yuan(a.valueFen) },
  { header: '规模', key: 'size', width: 12, value: (a) => a.size ?? '' },
  { header: '状态', key: 'state', width: 10, value: (a) => ASSET_STATE_NAMES[a.state] },
  { header: '闲置起始', key: 'idleSince', width: 12, value: (a) => a.idleSince ?? '' },
  { header: '盘活方案', key: 'plan', width: 36, value: (a) => a.revivalPlan ?? '' },
  { header: '盘活日期', key: 'revivedOn', width: 12, value: (a) => a.revivedOn ?? '' },
  { header: '盘活后年收益（元）', key: 'income', width: 16, value: (a) => yuan(a.revivedIncomeFen) },
  { header: '备注', key: 'note', width: 30, value: (a) => a.note ?? '' },
];

export const exportAssets = (ctx: Ctx, f: AssetFilters) =>
  auditedExport(ctx, {
    action: 'economy.asset.export',
    entity: 'economy_asset',
    filters: f,
    sheet: f.idle ? '闲置资产盘活台账' : '集体资产',
    columns,
    batches: pages((page, pageSize) => listAssets(ctx, { ...f, page, pageSize })),
  });
