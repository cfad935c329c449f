import type { WeakVillage, WeakVillagesQuery } from '../../../../contracts/api/economy-plans';
import type { Ctx } from '../../../platform/context';
import { auditedExport } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { weakVillagesBelow } from './weak-villages';

// 导出薄弱村清单: the list with its filters as one sheet (audited), amounts in 元.

const yuan = (fen: number) => fen / 100;

const columns: SheetColumn<WeakVillage>[] = [
  { header: '乡镇', key: 'township', width: 14, value: (v) => v.townshipName ?? '' },
  { header: '村（社区）', key: 'village', width: 16, value: (v) => v.name },
  { header: '村代码', key: 'code', width: 14, value: (v) => v.code },
  { header: '收入（元）', key: 'income', width: 12, value: (v) => yuan(v.incomeFen) },
  { header: '已报账', key: 'account', width: 8, value: (v) => (v.hasAccount ? '是' : '否') },
  { header: '档次', key: 'band', width: 18, value: (v) => v.bandLabel },
  { header: '一村一方案', key: 'plan', width: 24, value: (v) => v.plan?.title ?? '' },
  { header: '领办项目', key: 'project', width: 24, value: (v) => v.ledProject?.title ?? '' },
  { header: '无方案无项目', key: 'unattended', width: 10, value: (v) => (v.unattended ? '是' : '') },
];

export const exportWeakVillages = async (ctx: Ctx, q: Omit<WeakVillagesQuery, 'page' | 'pageSize'>) => {
  const { items } = await weakVillagesBelow(ctx, q);
  const shown = q.unattended === 'true' ? items.filter((i) => i.unattended) : items;
  return auditedExport(ctx, {
    action: 'economy.weak.export',
    entity: 'economy_plan',
    filters: q,
    sheet: '薄弱村清单',
    columns,
    batches: (async function* () {
      yield shown;
    })(),
  });
};
