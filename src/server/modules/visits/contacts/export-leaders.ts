import type { LeadersQuery, LeaderView } from '../../../../contracts/api/visits-contacts';
import type { Ctx } from '../../../platform/context';
import { auditedExport } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { CONTACT_ACTIONS, CONTACT_KINDS } from '../defaults';
import { listLeaders } from './list-leaders';

// 导出十联六常台账: one row per leader, the eleven contacts (缺 when missing) and the six kinds of
// contact counted in the year, from the same use case as the page.

const kindColumns: SheetColumn<LeaderView>[] = CONTACT_KINDS.map((k) => ({
  header: k.name.zh.replace(/^联系/, ''),
  key: `kind_${k.code}`,
  width: 18,
  value: (r) => r.kinds.find((x) => x.kind === k.code)?.contact?.targetName ?? '缺',
}));

const actionColumns: SheetColumn<LeaderView>[] = CONTACT_ACTIONS.map((a) => ({
  header: `${a.name.zh}（次）`,
  key: `action_${a.code}`,
  width: 10,
  value: (r) => r.counts[a.code] ?? 0,
}));

const COLUMNS: SheetColumn<LeaderView>[] = [
  { header: '领导姓名', key: 'leaderName', width: 12, value: (r) => r.leaderName },
  { header: '职务', key: 'leaderTitle', width: 18, value: (r) => r.leaderTitle },
  ...kindColumns,
  { header: '缺少的联系对象', key: 'missing', width: 24, value: (r) => String(r.missing.length) },
  ...actionColumns,
  { header: '合计（次）', key: 'total', width: 10, value: (r) => r.total },
];

export const exportLeaders = async (ctx: Ctx, q: LeadersQuery) => {
  const view = await listLeaders(ctx, q);
  const { stream } = await auditedExport(ctx, {
    action: 'contacts.leaders.export',
    entity: 'leader_contact',
    filters: { ...q, year: view.year },
    sheet: `十联六常${view.year}`,
    columns: COLUMNS,
    batches: (async function* () {
      yield view.leaders;
    })(),
  });
  return { stream, year: view.year };
};
